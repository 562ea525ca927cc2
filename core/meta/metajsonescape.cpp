// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/metajsonescape.h"

namespace Switchboard {

namespace {

constexpr char32_t Replacement = 0xfffd;

void appendEscape(QByteArray &out, char16_t unit) {
    static constexpr char hex[] = "0123456789abcdef";
    out.append("\\u");
    out.append(hex[(unit >> 12) & 0xf]);
    out.append(hex[(unit >> 8) & 0xf]);
    out.append(hex[(unit >> 4) & 0xf]);
    out.append(hex[unit & 0xf]);
}

bool isContinuation(uchar byte) {
    return (byte & 0xc0) == 0x80;
}

//! The code point of the well-formed UTF-8 sequence at `at` (RFC 3629: no overlongs, no
//! surrogates, nothing above U+10FFFF) and its length; length 0 when it is not well formed.
char32_t decode(const QByteArray &in, qsizetype at, int *length) {
    const auto byte = [&](qsizetype i) { return i < in.size() ? uchar(in.at(i)) : uchar(0); };
    const uchar lead = byte(at);
    *length = 0;
    int size = 0;
    char32_t code = 0;
    uchar low = 0x80;
    uchar high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        size = 2;
        code = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        size = 3;
        code = lead & 0x0f;
        if (lead == 0xe0)
            low = 0xa0; // overlong below U+0800
        else if (lead == 0xed)
            high = 0x9f; // UTF-16 surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        size = 4;
        code = lead & 0x07;
        if (lead == 0xf0)
            low = 0x90; // overlong below U+10000
        else if (lead == 0xf4)
            high = 0x8f; // above U+10FFFF
    } else {
        return Replacement;
    }
    const uchar second = byte(at + 1);
    if (second < low || second > high)
        return Replacement;
    code = (code << 6) | (second & 0x3f);
    for (int i = 2; i < size; ++i) {
        const uchar next = byte(at + i);
        if (!isContinuation(next))
            return Replacement;
        code = (code << 6) | (next & 0x3f);
    }
    *length = size;
    return code;
}

} // namespace

QByteArray escapeNonAscii(const QByteArray &utf8Json) {
    QByteArray out;
    out.reserve(utf8Json.size() + utf8Json.size() / 2);
    for (qsizetype i = 0; i < utf8Json.size();) {
        const uchar byte = uchar(utf8Json.at(i));
        if (byte < 0x80) {
            out.append(char(byte));
            ++i;
            continue;
        }
        int length = 0;
        const char32_t code = decode(utf8Json, i, &length);
        if (length == 0) {
            appendEscape(out, char16_t(Replacement));
            ++i;
            continue;
        }
        if (code > 0xffff) {
            const char32_t offset = code - 0x10000;
            appendEscape(out, char16_t(0xd800 + (offset >> 10)));
            appendEscape(out, char16_t(0xdc00 + (offset & 0x3ff)));
        } else {
            appendEscape(out, char16_t(code));
        }
        i += length;
    }
    return out;
}

} // namespace Switchboard
