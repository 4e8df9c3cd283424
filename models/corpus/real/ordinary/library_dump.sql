-- PostgreSQL dump of the volunteer library catalogue
CREATE TABLE books (
    id        SERIAL PRIMARY KEY,
    isbn      VARCHAR(17) UNIQUE,
    title     TEXT NOT NULL,
    author    TEXT,
    year      SMALLINT,
    shelf     VARCHAR(8)
);

CREATE TABLE members (
    id     SERIAL PRIMARY KEY,
    name   TEXT NOT NULL,
    email  TEXT,
    joined DATE DEFAULT CURRENT_DATE
);

CREATE TABLE loans (
    book_id   INT REFERENCES books(id),
    member_id INT REFERENCES members(id),
    out_on    DATE NOT NULL,
    due_on    DATE NOT NULL,
    returned  DATE
);

INSERT INTO books (isbn, title, author, year, shelf) VALUES
('978-0-14-303943-3', 'The Omnivore''s Dilemma', 'Michael Pollan', 2006, 'N-12'),
('978-0-553-38016-3', 'A Brief History of Time', 'Stephen Hawking', 1998, 'S-03'),
('978-0-393-35462-5', 'The Right Stuff', 'Tom Wolfe', 2001, 'H-07'),
('978-0-06-112008-4', 'To Kill a Mockingbird', 'Harper Lee', 2006, 'F-21');

INSERT INTO members (name, email) VALUES
('June Albright', 'june.a@example.org'),
('Pavel Horak', 'phorak@example.org');

INSERT INTO loans VALUES (2, 1, '2024-03-02', '2024-03-23', NULL);
CREATE INDEX loans_due_idx ON loans (due_on) WHERE returned IS NULL;
