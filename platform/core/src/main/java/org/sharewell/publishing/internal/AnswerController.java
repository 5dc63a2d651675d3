package org.sharewell.publishing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.publishing.Documents;
import org.sharewell.publishing.Placeholder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The organisation's answers to placeholders, by each placeholder's word ({@code communications_contact}). */
@RestController
@RequestMapping("/api/v1/placeholder-answers")
@Tag(name = "Documents")
class AnswerController {

    private final Documents documents;

    AnswerController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "What each placeholder stands for in your organisation's documents")
    Map<String, String> answers() {
        return byWord(documents.answers());
    }

    @PutMapping
    @Operation(summary = "Set answers by placeholder word; an empty answer removes one (admins)")
    Map<String, String> answer(@RequestBody Map<String, String> body) {
        var given = new EnumMap<Placeholder, String>(Placeholder.class);
        var unknown = new LinkedHashMap<String, String>();
        body.forEach((word, value) -> Placeholder.byWord(word).ifPresentOrElse(placeholder -> given.put(placeholder, value),
                () -> unknown.put(word, "There is no placeholder with this name.")));
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        return byWord(documents.answer(given));
    }

    private static Map<String, String> byWord(Map<Placeholder, String> answers) {
        var byWord = new TreeMap<String, String>();
        answers.forEach((placeholder, value) -> byWord.put(placeholder.word(), value));
        return byWord;
    }
}
