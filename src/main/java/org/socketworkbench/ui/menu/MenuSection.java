package org.socketworkbench.ui.menu;

/**
 * Where in the menu bar an action goes: a menu and a group within it (groups are separated by a
 * line, in this order). A feature adds its command with one {@link ActionRegistry#add} call naming
 * its section.
 */
public enum MenuSection {
    FILE_OPEN(TopMenu.FILE),
    /** Saving and opening the whole bench (src/docs/workspace-format.md). */
    FILE_WORKSPACE(TopMenu.FILE),
    /**
     * Hook point: import and export of composer presets and reply-rule sets (their branches add
     * their actions here).
     */
    FILE_IMPORT_EXPORT(TopMenu.FILE),
    FILE_EXPORT(TopMenu.FILE),
    FILE_SETTINGS(TopMenu.FILE),
    FILE_QUIT(TopMenu.FILE),
    SOCKET_NEW(TopMenu.SOCKET),
    SOCKET_SELECTED(TopMenu.SOCKET),
    SOCKET_REMOVE(TopMenu.SOCKET),
    VIEW_GO_TO(TopMenu.VIEW),
    VIEW_PANES(TopMenu.VIEW),
    VIEW_THEME(TopMenu.VIEW),
    VIEW_FONT(TopMenu.VIEW),
    VIEW_REFRESH(TopMenu.VIEW),
    HELP(TopMenu.HELP),
    HELP_ABOUT(TopMenu.HELP);

    private final TopMenu menu;

    MenuSection(TopMenu menu) {
        this.menu = menu;
    }

    public TopMenu menu() {
        return menu;
    }

    /** The menus of the bar, left to right. */
    public enum TopMenu {
        FILE("menu.file", "menuFile"),
        SOCKET("menu.socket", "menuSocket"),
        VIEW("menu.view", "menuView"),
        HELP("menu.help", "menuHelp");

        private final String textKey;
        private final String id;

        TopMenu(String textKey, String id) {
            this.textKey = textKey;
            this.id = id;
        }

        /** The bundle key of the menu's title (with its mnemonic: "_File", "文件(_F)"). */
        public String textKey() {
            return textKey;
        }

        public String id() {
            return id;
        }
    }
}
