-- Organisations for bench/timed-work.sh, numbered from :from + 1 to :from + :count, each as a sign-up
-- would leave it some months in: a founder with a login and a person holding the tenant admin role,
-- the default training (copied from the organisation :bench signed up through the API, as is the
-- password hash, so every login would be as costly to check as a real one), three sent emails (20 to
-- 62 days old, so none is due for deletion), an audit entry and, where there is a timetable, the
-- entry its sent email makes: deletion once the oldest is 90 days old. Run as the superuser, which
-- row-level security does not apply to.
BEGIN;
CREATE TEMP TABLE bench_org ON COMMIT DROP AS
SELECT n, gen_random_uuid() AS tenant_id, gen_random_uuid() AS account_id, gen_random_uuid() AS person_id,
       'bench-' || n AS slug
FROM generate_series(:from + 1, :from + :count) AS n;

INSERT INTO tenancy.tenant (id, slug, name, kind, created_at)
SELECT tenant_id, slug, 'Bench group ' || n, 'LOCAL_GROUP', now() - interval '120 days' FROM bench_org;
-- The signed-up organisation's hash, so every login is as costly to check as a real one.
INSERT INTO accounts.account (tenant_id, id, email, display_name, password_hash, created_at)
SELECT o.tenant_id, o.account_id, 'founder@' || o.slug || '.example', 'Founder ' || o.n,
       (SELECT a.password_hash FROM accounts.account a JOIN tenancy.tenant t ON t.id = a.tenant_id
        WHERE t.slug = :'bench' LIMIT 1), now() - interval '120 days'
FROM bench_org o;
INSERT INTO people.person (tenant_id, id, full_name, email, kind, account_id, created_at)
SELECT tenant_id, person_id, 'Founder ' || n, 'founder@' || slug || '.example', 'STAFF', account_id,
       now() - interval '120 days'
FROM bench_org;
INSERT INTO people.key_role (tenant_id, person_id, role) SELECT tenant_id, person_id, 'TENANT_ADMIN' FROM bench_org;
INSERT INTO licensing.training_item (tenant_id, id, sort_order, title, description)
SELECT o.tenant_id, gen_random_uuid(), i.sort_order, i.title, i.description
FROM bench_org o CROSS JOIN (SELECT sort_order, title, description FROM licensing.training_item t
                             JOIN tenancy.tenant b ON b.id = t.tenant_id WHERE b.slug = :'bench') i;
INSERT INTO mail.outbox (tenant_id, id, recipient, subject, body, message_id, queued_at, next_attempt_at, attempts, sent_at)
SELECT o.tenant_id, e.id, 'volunteer' || e.k || '@' || o.slug || '.example', 'Your invitation to Sharewell',
       'Hello,' || chr(10) || chr(10) || 'Please join us on Sharewell.' || chr(10),
       '<' || e.id || '@sharewell.localhost>', e.at, e.at, 1, e.at + interval '2 seconds'
FROM bench_org o
CROSS JOIN LATERAL (SELECT k, gen_random_uuid() AS id,
                           now() - (k * interval '20 days') - (random() * interval '2 days') AS at
                    FROM generate_series(1, 3) AS k) e;
INSERT INTO audit.entry (tenant_id, id, occurred_at, actor_account_id, actor_name, area, action, subject)
SELECT tenant_id, gen_random_uuid(), now() - interval '100 days', account_id, 'Founder ' || n, 'PEOPLE',
       'Added a person', 'Volunteer ' || n
FROM bench_org;
DO $$
BEGIN
    IF to_regclass('timetable.entry') IS NOT NULL THEN
        INSERT INTO timetable.entry (tenant_id, job, subject, due_at, scheduled_at)
        SELECT o.tenant_id, 'mail.delete-sent', o.tenant_id, min(m.sent_at) + interval '90 days', min(m.sent_at)
        FROM bench_org o JOIN mail.outbox m ON m.tenant_id = o.tenant_id
        GROUP BY o.tenant_id;
    END IF;
END
$$;
COMMIT;
ANALYZE;
