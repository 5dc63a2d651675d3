package org.sharewell.people.internal;

import org.sharewell.web.DeferredResponseWriter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.sharewell.people.PersonId;
import org.sharewell.people.PersonalData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@Tag(name = "People")
class PersonalDataController {

    private final PersonalData personalData;

    PersonalDataController(PersonalData personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/api/v1/people/{id}/personal-data")
    @Operation(summary = "Everything held about a person, for a subject access request (admins)")
    Map<String, List<Map<String, String>>> export(@PathVariable UUID id) {
        return personalData.export(new PersonId(id));
    }

    @GetMapping("/api/v1/people/{id}/personal-data.csv")
    @Operation(summary = "The same as a CSV file (admins)")
    void exportCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        // Safe to set before the export checks access and the person: if an error response replaces
        // this one, Spring clears the headers, and the writer is not taken until the export writes.
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"personal-data-" + id + ".csv\"");
        personalData.exportCsv(new PersonId(id), new DeferredResponseWriter(response));
    }

    @DeleteMapping("/api/v1/people/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase a person's personal data (admins); history is kept without their name")
    void erase(@PathVariable UUID id) {
        personalData.erase(new PersonId(id));
    }
}
