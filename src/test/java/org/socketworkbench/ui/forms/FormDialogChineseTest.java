package org.socketworkbench.ui.forms;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.testing.ShownTexts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A form in Simplified Chinese: with the caller's texts in Chinese, the form's own texts (its OK
 * and Cancel buttons, which JavaFX would name in the JVM's English) are Chinese too, and follow
 * a change of language while the form is open.
 */
class FormDialogChineseTest {

    private static final Pattern ALLOWED = Pattern.compile("TCP|UDP");

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void theFormsOwnButtonsSpeakChinese() throws Exception {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        List<String> english = FxThread.call(() -> {
            DialogPane pane = chineseForm().dialog().getDialogPane();
            return ShownTexts.english(ShownTexts.of(pane), ALLOWED);
        });
        assertEquals(List.of(), english, "English words in the Chinese form");
    }

    @Test
    void theButtonsFollowTheLanguageWhileTheFormIsOpen() throws Exception {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        DialogPane pane = FxThread.call(() -> chineseForm().dialog().getDialogPane());
        assertEquals("确定", FxThread.call(() -> ((Button) pane.lookupButton(ButtonType.OK)).getText()));
        Texts.use(Language.ENGLISH);
        FxThread.waitUntil(5, () -> "OK".equals(((Button) pane.lookupButton(ButtonType.OK)).getText()));
        assertEquals(Texts.get("forms.cancel"), FxThread.call(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).getText()));
    }

    private static FormDialog chineseForm() {
        return FormDialog.titled("新建 TCP 客户端", "创建 TCP 套接字并连接")
                .text("port", "端口", "80", "1 到 65535", value -> value.isEmpty() ? Optional.of("请填写端口") : Optional.empty())
                .flag("noDelay", "禁用延迟确认", true, "立即发送小包")
                .choice("family", "地址族", List.of("任意", "仅 v4"), "任意", "解析地址时使用的地址族")
                .note("help", "按确定创建套接字");
    }
}
