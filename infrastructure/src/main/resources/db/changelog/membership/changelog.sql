--liquibase formatted sql

-- Tables of the membership module. Each changeset creates its schema objects, row-level security and grants.
