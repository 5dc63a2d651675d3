package org.sharewell.licensing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.licensing.TrainingItem;
import org.sharewell.licensing.TrainingItemDetails;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.licensing.TrainingRequirements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

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
        return Items.of(requirements.list());
    }

    @PutMapping(PATH)
    @Operation(summary = "Replace the required training (tenant admins)",
            description = "Items with an id are kept and reworded, items without one are added, items left out are taken off.")
    Items change(@RequestBody Items items) {
        var details = items.items() == null ? List.<TrainingItemDetails>of() : items.items().stream()
                .map(item -> item == null ? null : new TrainingItemDetails(
                        item.id() == null ? null : new TrainingItemId(item.id()), item.title(), item.description()))
                .toList();
        return Items.of(requirements.change(details));
    }

    record Items(List<Item> items) {
        static Items of(List<TrainingItem> items) {
            return new Items(items.stream().map(item -> new Item(item.id().value(), item.title(), item.description())).toList());
        }
    }

    record Item(UUID id, String title, String description) {
    }
}
