package org.sharewell.people.internal;

import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.people.KeyRole;
import org.sharewell.people.Level;
import org.sharewell.people.People;
import org.sharewell.people.PersonChange;
import org.sharewell.people.PersonDetails;
import org.sharewell.people.PersonId;
import org.sharewell.people.PersonKind;
import org.sharewell.people.VolunteerTerm;
import org.sharewell.kernel.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

@RestController
@Tag(name = "People")
class PeopleController {

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who you are in your organisation: your key roles and the level your licence lets you use")
    PersonView me() {
        return people.me().map(PersonView::of).orElseThrow(() -> new NotFound("Your login is not linked to a person."));
    }

    @GetMapping("/api/v1/people")
    @Operation(summary = "Your organisation's people, in name order (admins, champions and coordinators)")
    Page<PersonView> list(@RequestParam(required = false) String name, PageRequest page) {
        return people.list(name, page).map(PersonView::of);
    }

    @PostMapping("/api/v1/people")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a person (admins)")
    PersonView add(@RequestBody ChangeForm form) {
        return PersonView.of(people.add(form.details()));
    }

    @GetMapping("/api/v1/people/{id}")
    PersonView get(@PathVariable UUID id) {
        return people.find(new PersonId(id)).map(PersonView::of)
                .orElseThrow(() -> new NotFound("There is nobody with that id in your organisation."));
    }

    @PutMapping("/api/v1/people/{id}")
    @Operation(summary = "Change a person's details and, if given, their key roles and level, all together (admins)",
            description = "Either everything in the request is changed, or (when any part is refused) nothing is. "
                    + "Leave out keyRoles or level to keep them as they are.")
    PersonView change(@PathVariable UUID id, @RequestBody ChangeForm form) {
        return PersonView.of(people.change(new PersonId(id), form.change()));
    }

    @PostMapping("/api/v1/people/{id}/deactivation")
    @Operation(summary = "Deactivate a person: their login stops working on its next request (admins)")
    PersonView deactivate(@PathVariable UUID id) {
        return PersonView.of(people.deactivate(new PersonId(id)));
    }

    @DeleteMapping("/api/v1/people/{id}/deactivation")
    @Operation(summary = "Reactivate a person (admins)")
    PersonView reactivate(@PathVariable UUID id) {
        return PersonView.of(people.reactivate(new PersonId(id)));
    }

    @PutMapping("/api/v1/people/{id}/key-roles/{role}")
    @Operation(summary = "Give a person a key role (admins)")
    PersonView grant(@PathVariable UUID id, @PathVariable KeyRole role) {
        return PersonView.of(people.grant(new PersonId(id), role));
    }

    @DeleteMapping("/api/v1/people/{id}/key-roles/{role}")
    @Operation(summary = "Take a key role away (admins)")
    PersonView revoke(@PathVariable UUID id, @PathVariable KeyRole role) {
        return PersonView.of(people.revoke(new PersonId(id), role));
    }

    @PutMapping("/api/v1/people/{id}/level")
    @Operation(summary = "Change a person's level (admins and account coordinators); the higher levels need a valid licence")
    PersonView changeLevel(@PathVariable UUID id, @RequestBody LevelForm form) {
        return PersonView.of(people.changeLevel(new PersonId(id), form.level()));
    }

    record ChangeForm(String fullName, String email, PersonKind kind, VolunteerTerm volunteerTerm,
                      LocalDate volunteeringEndsOn, Set<KeyRole> keyRoles, Level level) {
        PersonDetails details() {
            return new PersonDetails(fullName, email, kind, volunteerTerm, volunteeringEndsOn);
        }

        PersonChange change() {
            return new PersonChange(details(), keyRoles, level);
        }
    }

    record LevelForm(Level level) {
    }
}
