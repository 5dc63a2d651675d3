package org.sharewell.admin.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page only some organisations have a use for, whoever the person is: the member groups page is
 * for infrastructure bodies, say. To everyone else it is neither offered in the menu nor opened from
 * its address, just as for a page their role does not allow ({@link AudienceCheck} sees to both).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OfferedTo {

    /** Which organisations: a Spring bean of this type decides, for the organisation at hand. */
    Class<? extends Audience> value();
}
