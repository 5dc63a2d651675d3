--liquibase formatted sql

-- Tables of the mail module. Each changeset creates its schema objects, row-level security and grants.
