/** The tree editor's look, in the shell's shadow root (a <style> in the editor's template). */
export const treeEditorCss = `
.tree-editor { display: grid; gap: 1rem; min-width: 0; }
.tree-editor > *, .tree-editor section { min-width: 0; max-width: 100%; }
.tree-editor ol.nodes, .tree-editor ol.options { list-style: none; padding: 0; margin: 0; display: grid; gap: .75rem; }
.tree-editor .node, .tree-editor .general, .tree-editor .option { border: 1px solid currentColor; border-radius: 6px; padding: .5rem .75rem; min-width: 0; }
.tree-editor .option { border-style: dotted; }
.tree-editor .selected { outline: 3px dashed currentColor; outline-offset: 2px; }
.tree-editor h3, .tree-editor h4, .tree-editor h5 { margin: .25rem 0; overflow-wrap: anywhere; }
.tree-editor fieldset.langs { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .5rem; border: 0; padding: 0; margin: .5rem 0; min-width: 0; }
.tree-editor fieldset.langs legend { font-weight: 600; padding: 0; }
.tree-editor .lang { display: grid; gap: .125rem; min-width: 0; }
.tree-editor input[type='text'], .tree-editor select, .tree-editor .row input { min-height: 24px; min-width: 0; max-width: 100%; box-sizing: border-box; font: inherit; }
.tree-editor .row { display: flex; flex-wrap: wrap; gap: .5rem; }
.tree-editor .row label, .tree-editor label.next { display: grid; gap: .125rem; min-width: 0; }
.tree-editor .buttons, .tree-editor .flags { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; align-items: center; }
.tree-editor button { min-height: 24px; min-width: 24px; font: inherit; }
.tree-editor label.check { display: inline-flex; gap: .375rem; align-items: center; min-height: 24px; }
.tree-editor label.check input { width: 24px; height: 24px; margin: 0; }
.tree-editor label.file input { max-width: 100%; }
.tree-editor .problems { margin: .25rem 0; padding-left: 1.25rem; }
.tree-editor .problems .error { font-weight: 600; }
.tree-editor .scroll { overflow: auto; max-width: 100%; }
.tree-editor svg.map { display: block; }
.tree-editor svg.map rect { fill: Canvas; stroke: currentColor; stroke-width: 1; }
.tree-editor svg.map text { fill: currentColor; font-size: 12px; }
.tree-editor svg.map .selected rect { stroke-width: 4; stroke-dasharray: 6 3; }
.tree-editor table { border-collapse: collapse; width: 100%; }
.tree-editor th, .tree-editor td { border: 1px solid currentColor; padding: .25rem .5rem; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
`;
