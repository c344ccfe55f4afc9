package org.socketworkbench.ui;

import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.testing.FxExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A tooltip is made when the pointer first enters its control; its text is there from the start. */
class LazyTooltipsTest {

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @AfterEach
    void english() {
        robot.interact(() -> Texts.use(Language.ENGLISH));
    }

    @Test
    void theTooltipIsMadeOnTheFirstHoverAndFollowsTheLanguage() throws Exception {
        Button[] button = new Button[1];
        fx.mount(() -> new VBox(button[0] = LazyTooltips.install(new Button("x"), "traffic.clear.tooltip")), 300, 200);
        String english = Texts.get("traffic.clear.tooltip");
        assertNull(button[0].getTooltip(), "no popup window before anyone points at the button");
        assertEquals(Optional.of(english), LazyTooltips.text(button[0]));
        assertEquals(english, button[0].getAccessibleHelp(), "a screen reader reads it as the button's help");

        robot.moveTo(button[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(button[0].getTooltip(), "made when the pointer entered");
        assertEquals(english, button[0].getTooltip().getText());

        robot.interact(() -> Texts.use(Language.SIMPLIFIED_CHINESE));
        assertNotEquals(english, button[0].getTooltip().getText());
        assertEquals(Texts.get("traffic.clear.tooltip"), button[0].getTooltip().getText());
    }
}
