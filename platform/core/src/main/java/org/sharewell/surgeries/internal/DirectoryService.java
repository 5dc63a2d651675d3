package org.sharewell.surgeries.internal;

import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.Listing;
import org.sharewell.surgeries.SurgeryDirectory;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/** The public directory of surgeries across hosts; see {@link SurgeryDirectory}. */
@Service
@Transactional(readOnly = true)
class DirectoryService implements SurgeryDirectory {

    private final SurgeryStore surgeries;
    private final Tenants tenants;
    private final TenantAddresses addresses;
    private final Clock clock;

    DirectoryService(SurgeryStore surgeries, Tenants tenants, TenantAddresses addresses, Clock clock) {
        this.surgeries = surgeries;
        this.tenants = tenants;
        this.addresses = addresses;
        this.clock = clock;
    }

    @Override
    public List<Listing> search(String postcodeArea, LocalDate from, LocalDate to) {
        var problems = new LinkedHashMap<String, String>();
        String area = postcodeArea == null || postcodeArea.isBlank() ? null : postcodeArea.strip().toUpperCase(Locale.UK);
        if (area != null && !area.matches("[A-Z]{1,2}")) {
            problems.put("area", "Give the letters at the start of a postcode, such as DY for Dudley.");
        }
        if (from == null || to == null) {
            problems.put("from", "Give the first and last days to look at.");
        } else if (to.isBefore(from)) {
            problems.put("to", "The last day must not be before the first.");
        } else if (to.isBefore(UkTime.today(clock))) {
            problems.put("to", "Those days have passed: look from today on.");
        } else if (ChronoUnit.DAYS.between(from, to) > MOST_DAYS) {
            problems.put("to", "Look at most a year ahead at a time.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var listed = surgeries.directory(area, UkTime.startOf(from), UkTime.startOf(to.plusDays(1)));
        var hosts = tenants.findAll(listed.stream().map(SurgeryStore.Listed::host).distinct().toList());
        return listed.stream().filter(row -> hosts.containsKey(row.host())).map(row -> new Listing(row.occurrence(),
                hosts.get(row.host()).name(), addresses.homeOf(hosts.get(row.host()).slug()).toString(), row.venue(),
                row.postcode(), row.area(), row.onlineLink() != null && row.venue() == null)).toList();
    }
}
