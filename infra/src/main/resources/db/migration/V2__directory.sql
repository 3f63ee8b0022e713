-- The directory of offices and people, written by the subscribing "directory" projection in the same
-- transaction as the directory's events, so that command handlers can check references and the
-- unique DNI constraint refuses a concurrent duplicate registration. Rebuildable from the events.

CREATE TABLE directory_office (
    code          VARCHAR(60)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    parent_code   VARCHAR(60)  REFERENCES directory_office (code),
    head_username VARCHAR(40)
);

CREATE TABLE directory_person (
    username    VARCHAR(40)  PRIMARY KEY,
    full_name   VARCHAR(200) NOT NULL,
    dni         CHAR(8)      NOT NULL UNIQUE,
    office_code VARCHAR(60)  NOT NULL REFERENCES directory_office (code),
    roles       VARCHAR(100) NOT NULL,
    active      BOOLEAN      NOT NULL
);

CREATE INDEX directory_person_office ON directory_person (office_code);
