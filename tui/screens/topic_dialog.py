"""Choose the current sub-theme and question from the guide tree."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, Tree
from textual.widgets.tree import TreeNode

from ..core.bank.guide import Guide
from ..core.text.catalog import tr
from ..core.text.languages import LangText
from ..widgets.literal import literal
from .dialog import Dialog

Topic = tuple[str | None, str | None]


class TopicDialog(Dialog[Topic | None]):
    """Returns (sub-theme id, question id); a question brings the sub-theme its group serves.
    Group headings only open and close: they are not a topic of their own."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", show=False)]

    def __init__(self, guide: Guide, ui: str, lang: str, current: Topic) -> None:
        super().__init__()
        self.guide, self.ui, self.lang, self.current = guide, ui, lang, current
        self._select: TreeNode[Topic | None] | None = None

    def _text(self, value: LangText) -> str:
        return value.text(self.lang)

    def _mark(self, node: TreeNode[Topic | None]) -> None:
        if node.data == self.current:
            self._select = node

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(tr("topic.title", self.ui), classes="dialog-title")
            tree: Tree[Topic | None] = Tree(tr("topic.none", self.ui), data=(None, None), id="topic-tree")
            tree.root.expand()
            for sub in self.guide.subthemes():
                label = literal(f"{sub.ref} {self._text(sub.title)}")
                node = tree.root.add(label, data=(sub.id, None), expand=True)
                self._mark(node)
                ids = {sub.id} | {c.id for c in sub.children}
                for child in sub.children:
                    label = literal(f"{child.ref} {self._text(child.title)}")
                    self._mark(node.add_leaf(label, data=(child.id, None)))
                for group in self.guide.groups():
                    served = [s for s in group.serves if s in ids]
                    if not served:
                        continue
                    gnode = node.add(literal(f"{group.number}. {self._text(group.title)}"), data=None)
                    for q in group.questions:
                        self._mark(gnode.add_leaf(literal(f"{group.number}({q.letter}) {self._text(q.text)}"),
                                                  data=(served[0], q.id)))
            yield tree

    def on_mount(self) -> None:
        tree = self.query_one(Tree)
        tree.focus()
        target = self._select
        if target is not None:
            node = target.parent
            while node is not None:
                node.expand()
                node = node.parent
            self.call_after_refresh(tree.move_cursor, target)

    def on_tree_node_selected(self, event: Tree.NodeSelected[Topic | None]) -> None:
        if event.node.data is not None:
            self.dismiss(event.node.data)
