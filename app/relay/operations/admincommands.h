// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/relay/operations/relayconfig.h"
#include "core/result.h"

#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace Switchboard {

//! `switchboard-relay admin …` (relay contract, "Administration"): each command parses its own
//! options, does its work on the configured database and prints its result (ids, counts) on
//! stdout. Secrets (passwords, tokens) are read from stdin, never from the command line.
class AdminCommands {
public:
    AdminCommands(RelayConfig config, QTextStream &in, QTextStream &out);

    //! `arguments` are the words after "admin". Returns the process exit code; errors are one
    //! line on stderr.
    int run(const QStringList &arguments);

private:
    Status init();
    Status migrate();
    Status createTenant(const QStringList &arguments);
    Status createUser(const QStringList &arguments);
    Status connectNumber(const QStringList &arguments);

    //! The line given on stdin for a `--…-stdin` flag; an error when the flag or the line is
    //! missing.
    Result<QString> secretFromStdin(const QCommandLineParser &parser, const QString &flag);

    RelayConfig m_config;
    QTextStream &m_in;
    QTextStream &m_out;
};

} // namespace Switchboard
