package org.parcours.ui.team;

import com.vaadin.flow.component.Component;
import org.parcours.team.Member;

/** « Membre 3 » unless the member chose a name. */
final class MemberNames {

    private MemberNames() {
    }

    static String of(Component page, Member member) {
        return member.displayName().orElse(page.getTranslation("team.member", member.number()));
    }
}
