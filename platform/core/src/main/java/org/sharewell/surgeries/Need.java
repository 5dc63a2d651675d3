package org.sharewell.surgeries;

/** What a booker wants help with: the list the booking form offers, with free text beside it. */
public enum Need {

    FACEBOOK_PAGE("A Facebook page or group"),
    INSTAGRAM("Instagram"),
    WEBSITE("A website or blog"),
    PHOTOS_AND_VIDEO("Photos and video"),
    NEWSLETTER("An email newsletter"),
    ONLINE_SAFETY("Staying safe online"),
    ACCESSIBILITY("Making posts everyone can use"),
    FUNDRAISING_ONLINE("Fundraising online"),
    SOMETHING_ELSE("Something else");

    private final String description;

    Need(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
