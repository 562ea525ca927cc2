// SPDX-License-Identifier: GPL-3.0-or-later
// Baseline for tests/bench: a minimal Express webhook receiver as typical integrations write it:
// verify X-Hub-Signature-256 over the raw body, insert into SQLite (better-sqlite3, WAL,
// synchronous=FULL like the relay), answer 200.
const crypto = require('crypto');
const express = require('express');
const Database = require('better-sqlite3');

const port = Number(process.env.PORT || 18090);
const secret = process.env.APP_SECRET || 'sec';
const db = new Database(process.env.DB || '/tmp/express-baseline.sqlite');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE IF NOT EXISTS inbox (id INTEGER PRIMARY KEY, received_at TEXT, body BLOB)');
const insert = db.prepare('INSERT INTO inbox (received_at, body) VALUES (?, ?)');

const app = express();
app.post('/webhook', express.raw({ type: 'application/json', limit: '4mb' }), (req, res) => {
  const header = req.get('X-Hub-Signature-256') || '';
  const expected = 'sha256=' + crypto.createHmac('sha256', secret).update(req.body).digest('hex');
  if (header.length !== expected.length ||
      !crypto.timingSafeEqual(Buffer.from(header), Buffer.from(expected))) {
    return res.status(401).json({ error: 'bad signature' });
  }
  try { JSON.parse(req.body); } catch (e) { return res.status(400).json({ error: 'not json' }); }
  insert.run(new Date().toISOString(), req.body);
  res.status(200).json({ status: 'received' });
});
app.listen(port, '127.0.0.1');
