package org.socketworkbench.ui.menu;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.ui.FxTexts;

/**
 * View, Language: the system's language, English, 简体中文. Each language is named in itself, as
 * desktops list them, so a reader who cannot read the current one still finds theirs; choosing
 * one switches the running window (its texts are bound through {@link FxTexts}).
 */
public final class LanguageMenu extends Menu {

    public LanguageMenu(ObjectProperty<Language> language) {
        FxTexts.bind(this, "menu.language");
        setId("menu-language");
        setMnemonicParsing(true);
        ToggleGroup group = new ToggleGroup();
        for (Language choice : Language.values()) {
            RadioMenuItem item = new RadioMenuItem();
            if (choice.ownName() == null) {
                FxTexts.bind(item, "common.language.system");
            } else {
                item.setText(choice.ownName());
            }
            item.setMnemonicParsing(false);
            item.setId("language-" + choice.tag());
            item.setToggleGroup(group);
            item.setSelected(language.get() == choice);
            item.setOnAction(e -> language.set(choice));
            getItems().add(item);
        }
        language.addListener((obs, old, now) -> getItems().forEach(item ->
                ((RadioMenuItem) item).setSelected(item.getId().equals("language-" + now.tag()))));
    }
}
