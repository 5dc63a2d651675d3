--liquibase formatted sql

-- Tables of the licensing module. Each changeset creates its schema objects, row-level security and grants.
