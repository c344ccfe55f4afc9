package org.socketworkbench.script;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.cli.OptionValueException;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The script runner's own lines in Simplified Chinese: the permissions note is one language from
 * its reason to its end (it used to join a translated reason to an English tail), and a bad
 * --trust-pin says why in Chinese.
 */
class ScriptMessagesChineseTest {

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void thePermissionLinesReadInChinese() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        ScriptPermissions all = ScriptPermissions.allowAll(Texts.get("console.noManifest", ScriptPermissions.MANIFEST));
        assertEquals(List.of(new ConsoleLine(ConsoleLevel.NOTE, "没有 manifest.json（脚本不是来自文件）：允许所有套接字操作。")),
                all.notes());
        String note = ScriptPermissions.fromManifestText("manifest.json", "{}").notes().getFirst().text();
        assertEquals("权限来自 manifest.json：", note.substring(0, note.indexOf('：') + 1));
    }

    @Test
    void aBadTrustPinIsExplainedInChinese() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        OptionValueException refused = assertThrows(OptionValueException.class,
                () -> new TrustPinConverter().convert("localhost:0=AB"));
        assertEquals("--trust-pin: localhost:0=AB：端口必须在 1..65535 之间", refused.forOption("--trust-pin"));
    }
}
