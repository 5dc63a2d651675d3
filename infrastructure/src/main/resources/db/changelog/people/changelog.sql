--liquibase formatted sql

-- Tables of the people module. Each changeset creates its schema objects, row-level security and grants.
