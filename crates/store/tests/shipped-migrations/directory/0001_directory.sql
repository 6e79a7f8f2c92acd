-- 0001: the referral directory. Public data: stored in clear, searchable. Never edit a
-- shipped migration; add a new one.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per service, in import order; `raw` is the HSDS object exactly as imported.
CREATE TABLE services (
    pos  INTEGER PRIMARY KEY,
    id   TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    raw  TEXT NOT NULL
);

-- Filters: kind is category | city | language | serves.
CREATE TABLE service_facets (
    service INTEGER NOT NULL REFERENCES services (pos) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    value   TEXT NOT NULL
);
CREATE INDEX service_facets_by_value ON service_facets (kind, value, service);

CREATE TABLE service_coords (
    service INTEGER NOT NULL REFERENCES services (pos) ON DELETE CASCADE,
    lat     REAL NOT NULL,
    lon     REAL NOT NULL
);

-- Normalized text (see sanad-core text.rs): names and organisation (all languages),
-- category words, descriptions. rowid = services.pos.
CREATE VIRTUAL TABLE service_text USING fts5 (
    name, categories, description,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3'
);
CREATE VIRTUAL TABLE service_vocab USING fts5vocab (service_text, 'row');
