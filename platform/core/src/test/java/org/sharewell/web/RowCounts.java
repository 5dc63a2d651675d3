package org.sharewell.web;

import org.sharewell.Organisation;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many rows an organisation has in each of its tables, as it sees them: a change that should
 * not have happened shows as a different count. Email and timed work are left out, as some refusals
 * are rightly emailed about.
 */
final class RowCounts {

    private RowCounts() {
    }

    static Map<String, Integer> of(Organisation organisation) {
        return organisation.inTransaction(sql -> {
            var counts = new TreeMap<String, Integer>();
            for (String table : sql.queryForList("""
                    SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
                    WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('mail', 'timetable')
                      AND has_table_privilege(c.oid, 'SELECT')""", String.class)) {
                counts.put(table, sql.queryForObject("SELECT count(*) FROM " + table, Integer.class));
            }
            return counts;
        });
    }
}
