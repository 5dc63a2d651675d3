package org.sharewell.licensing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.licensing.TrainingItemDetails;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.licensing.TrainingRequirements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Licences to post")
class TrainingRequirementsController {

    static final String PATH = "/api/v1/licensing/training-requirements";

    private final TrainingRequirements requirements;

    TrainingRequirementsController(TrainingRequirements requirements) {
        this.requirements = requirements;
    }

    @GetMapping(PATH)
    @Operation(summary = "The training your organisation requires before it grants a licence to post")
    Items get() {
        return new Items(TrainingItemView.of(requirements.list()));
    }

    @PutMapping(PATH)
    @Operation(summary = "Replace the required training (admins)",
            description = "Items with an id are kept and reworded, items without one are added, items left out are taken off.")
    Items change(@RequestBody Items items) {
        var details = items.items() == null ? List.<TrainingItemDetails>of() : items.items().stream()
                .map(item -> item == null ? null : new TrainingItemDetails(
                        item.id() == null ? null : new TrainingItemId(item.id()), item.title(), item.description()))
                .toList();
        return new Items(TrainingItemView.of(requirements.change(details)));
    }

    /** The list, in order, as the API shows it and as a change sends it. */
    record Items(List<TrainingItemView> items) {
    }
}
