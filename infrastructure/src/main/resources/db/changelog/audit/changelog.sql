--liquibase formatted sql

-- Tables of the audit module. Each changeset creates its schema objects, row-level security and grants.
