package org.sharewell.surgeries.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.sharewell.surgeries.SurgeryDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The public directory of every host's public surgeries. */
@RestController
@Tag(name = "Surgeries")
class DirectoryController {

    private final SurgeryDirectory directory;

    DirectoryController(SurgeryDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/v1/public/surgery-directory")
    @Operation(summary = "Every host's public surgery dates between two days, in a postcode area (such as DY) or everywhere")
    List<ListingView> search(@RequestParam(required = false) @Nullable String area, @RequestParam LocalDate from,
                             @RequestParam LocalDate to) {
        return directory.search(area, from, to).stream().map(ListingView::of).toList();
    }
}
