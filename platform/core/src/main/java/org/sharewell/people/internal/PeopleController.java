package org.sharewell.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.people.KeyRole;
import org.sharewell.people.Level;
import org.sharewell.people.People;
import org.sharewell.people.Person;
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
import java.util.List;
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
        return people.me().map(this::view).orElseThrow(() -> new NotFound("Your login is not linked to a person."));
    }

    @GetMapping("/api/v1/people")
    @Operation(summary = "Your organisation's people, in name order (admins, champions and coordinators)")
    PeoplePage list(@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int offset,
                    @RequestParam(defaultValue = "50") int limit) {
        int bounded = Math.clamp(limit, 1, 200);
        return new PeoplePage(people.list(name, Math.max(0, offset), bounded).stream().map(this::view).toList(),
                people.count(name));
    }

    @PostMapping("/api/v1/people")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a person (tenant admins)")
    PersonView add(@RequestBody DetailsForm form) {
        return view(people.add(form.details()));
    }

    @GetMapping("/api/v1/people/{id}")
    PersonView get(@PathVariable UUID id) {
        return people.find(new PersonId(id)).map(this::view).orElseThrow(() -> new NotFound("There is nobody with that id in your organisation."));
    }

    @PutMapping("/api/v1/people/{id}")
    @Operation(summary = "Change a person's details (tenant admins)")
    PersonView change(@PathVariable UUID id, @RequestBody DetailsForm form) {
        return view(people.change(new PersonId(id), form.details()));
    }

    @PostMapping("/api/v1/people/{id}/deactivation")
    @Operation(summary = "Deactivate a person: their login stops working on its next request (tenant admins)")
    PersonView deactivate(@PathVariable UUID id) {
        people.deactivate(new PersonId(id));
        return get(id);
    }

    @DeleteMapping("/api/v1/people/{id}/deactivation")
    @Operation(summary = "Reactivate a person (tenant admins)")
    PersonView reactivate(@PathVariable UUID id) {
        people.reactivate(new PersonId(id));
        return get(id);
    }

    @PutMapping("/api/v1/people/{id}/key-roles/{role}")
    @Operation(summary = "Give a person a key role (tenant admins)")
    PersonView grant(@PathVariable UUID id, @PathVariable KeyRole role) {
        people.grant(new PersonId(id), role);
        return get(id);
    }

    @DeleteMapping("/api/v1/people/{id}/key-roles/{role}")
    @Operation(summary = "Take a key role away (tenant admins)")
    PersonView revoke(@PathVariable UUID id, @PathVariable KeyRole role) {
        people.revoke(new PersonId(id), role);
        return get(id);
    }

    @PutMapping("/api/v1/people/{id}/level")
    @Operation(summary = "Change a person's level (tenant admins and account coordinators); the higher levels need a valid licence")
    PersonView changeLevel(@PathVariable UUID id, @RequestBody LevelForm form) {
        people.changeLevel(new PersonId(id), form.level());
        return get(id);
    }

    private PersonView view(Person person) {
        return new PersonView(person.id().value(), person.fullName(), person.email(), person.kind(), person.volunteerTerm(),
                person.volunteeringEndsOn(), person.level(), people.effectiveLevel(person), person.keyRoles(),
                person.hasLogin(), person.active());
    }

    record DetailsForm(String fullName, String email, PersonKind kind, VolunteerTerm volunteerTerm, LocalDate volunteeringEndsOn) {
        PersonDetails details() {
            return new PersonDetails(fullName, email, kind, volunteerTerm, volunteeringEndsOn);
        }
    }

    record LevelForm(Level level) {
    }

    record PersonView(UUID id, String fullName, String email, PersonKind kind, VolunteerTerm volunteerTerm,
                      LocalDate volunteeringEndsOn, Level level, Level effectiveLevel, Set<KeyRole> keyRoles,
                      boolean hasLogin, boolean active) {
    }

    record PeoplePage(List<PersonView> people, int total) {
    }
}
