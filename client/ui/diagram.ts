import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from "cytoscape";
import type { LayoutName } from "../graph/layouts.ts";
import { createCy } from "../graph/create-cy.ts";
import { warmElkWorker } from "../graph/elk-in-worker.ts";
import { fitNodes } from "../graph/fit-nodes.ts";
import { layoutPositions, placed } from "../graph/layout-positions.ts";
import { NEAR_CLASS } from "../graph/level-of-detail.ts";
import { setupSvgExport } from "../graph/setup.ts";
import { relationshipWords } from "../graph/relationship-words.ts";
import { humanise } from "./dom.ts";

/** What the page does when the user picks a node in the diagram. */
export interface DiagramOptions {
  container: HTMLElement;
  /** Where the focused node is announced to screen readers. */
  announcer: HTMLElement;
  /** A node was clicked, or Enter was pressed on the focused node. */
  onOpen(id: string): void;
}

type Direction = "left" | "right" | "up" | "down";
const ARROWS: Record<string, Direction> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };

/** The cytoscape diagram: drawing, selection, keyboard movement between nodes, export. */
export function createDiagram(options: DiagramOptions) {
  const core = createCy(options.container);
  warmElkWorker();
  const cy: Core = core.cy;
  // As cytoscape's own demos do: the diagram is reachable from the console (and from browser tests).
  (window as unknown as { cy: Core }).cy = cy;
  // Focusable so the arrow keys can move between nodes; set here because the markup linter does not know role=application is interactive.
  options.container.tabIndex = 0;
  let drawn: ElementDefinition[] = [];
  let focused: string | null = null;
  // Counts draws, so that a layout finishing after a newer draw began is dropped.
  let drawing = 0;

  cy.on("tap", "node", (event) => {
    setFocus(event.target.id(), false);
    options.onOpen(event.target.id());
  });

  options.container.addEventListener("keydown", (event) => {
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      move(direction);
    } else if (event.key === "Enter" && focused) {
      event.preventDefault();
      options.onOpen(focused);
    }
  });
  options.container.addEventListener("focus", () => {
    if (!focused || cy.$id(focused).empty()) {
      const first = readingOrder()[0];
      if (first) setFocus(first.id(), true);
    } else announce(cy.$id(focused));
  });

  function readingOrder(): NodeSingular[] {
    return cy
      .nodes()
      .filter((n) => n.visible())
      .toArray()
      .map((n) => n as NodeSingular)
      .sort((a, b) => a.position("y") - b.position("y") || a.position("x") - b.position("x"));
  }

  /** The nearest node in a direction, favouring nodes straight ahead over ones off to the side. */
  function move(direction: Direction): void {
    const from = focused ? cy.$id(focused) : null;
    if (!from || from.empty()) {
      const first = readingOrder()[0];
      if (first) setFocus(first.id(), true);
      return;
    }
    const origin = from.position();
    let best: { node: NodeSingular; score: number } | null = null;
    cy.nodes().forEach((node) => {
      if (node.id() === focused || !node.visible()) return;
      const dx = node.position("x") - origin.x;
      const dy = node.position("y") - origin.y;
      const ahead = { left: -dx, right: dx, up: -dy, down: dy }[direction];
      const aside = direction === "left" || direction === "right" ? Math.abs(dy) : Math.abs(dx);
      if (ahead <= 1) return;
      const score = ahead + aside * 2;
      if (!best || score < best.score) best = { node, score };
    });
    const found = best as { node: NodeSingular } | null;
    if (found) setFocus(found.node.id(), true);
  }

  function setFocus(id: string, pan: boolean): void {
    cy.nodes(".kb-focus").removeClass("kb-focus");
    const node = cy.$id(id);
    if (node.empty()) return;
    focused = id;
    node.addClass("kb-focus");
    if (pan) ensureVisible(node as NodeSingular);
    announce(node as NodeSingular);
  }

  /**
   * An export draws the whole diagram at full size, where captions, arrowheads
   * and dashes are legible: what the screen leaves out when zoomed far out
   * (level-of-detail.ts) is put back while it draws.
   */
  function atFullDetail<T>(draw: () => T): T {
    const simplified = cy.elements().not(`.${NEAR_CLASS}`);
    if (simplified.empty()) return draw();
    simplified.addClass(NEAR_CLASS);
    try {
      return draw();
    } finally {
      simplified.removeClass(NEAR_CLASS);
    }
  }

  function ensureVisible(node: NodeSingular): void {
    const box = node.renderedBoundingBox({});
    const inside = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    if (!inside) cy.animate({ center: { eles: node } }, { duration: 150 });
  }

  function announce(node: NodeSingular): void {
    const up = node.outgoers("edge").map((e) => `${relationshipWords(e.data("relType"))} ${(e as EdgeSingular).target().data("name")}`);
    const down = node.incomers("edge").length;
    const kind = humanise(node.data("kind") ?? node.data("nodeLabel"));
    options.announcer.textContent = `${node.data("name")}, ${kind}. ${up.length ? `${up.join("; ")}.` : "No line upward."} ${down} line${down === 1 ? "" : "s"} from below.`;
  }

  return {
    cy,
    /** Replaces the diagram's elements and lays them out. */
    async draw(elements: ElementDefinition[], layout: LayoutName): Promise<void> {
      const draw = ++drawing;
      drawn = elements;
      const aspectRatio = cy.width() > 0 && cy.height() > 0 ? cy.width() / cy.height() : undefined;
      const positions = await layoutPositions(elements, layout, aspectRatio ? { aspectRatio } : {});
      if (draw !== drawing) return;
      // The viewport is fitted to the positions as the elements go in.
      if (!(await core.replaceInSlices(placed(elements, positions), 24, () => draw === drawing))) return;
      core.settled();
      if (focused && cy.$id(focused).nonempty()) cy.$id(focused).addClass("kb-focus");
    },
    /** The elements last drawn, for the list and table view. */
    elements: () => drawn,
    /** Selects one node (its panel is open); null clears the selection. */
    select(id: string | null): void {
      cy.$(":selected").unselect();
      if (id && cy.$id(id).nonempty()) {
        cy.$id(id).select();
        setFocus(id, false);
      }
    },
    /** Brings a node into view; `mark` also marks it as the search result and zooms to reading size. */
    reveal(id: string, mark = true): boolean {
      const node = cy.$id(id);
      if (node.empty()) return false;
      if (mark) {
        cy.nodes(".search-hit").removeClass("search-hit");
        node.addClass("search-hit");
        cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 250 });
      } else ensureVisible(node as NodeSingular);
      setFocus(id, false);
      return true;
    },
    /** Emphasises one oversight route (by index) and fades the others; null shows all. */
    emphasiseRoute(index: number | null): void {
      cy.batch(() => {
        cy.elements().removeClass("dimmed");
        if (index === null) return;
        const route = cy.edges(".path").filter((e) => (e.data("paths") as number[] | undefined)?.includes(index) ?? false);
        const keep = route.union(route.connectedNodes()).union(cy.nodes(".origin"));
        cy.elements().not(keep).addClass("dimmed");
      });
    },
    fit: () => fitNodes(cy, 24),
    zoomBy(factor: number): void {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    png: (): Blob => atFullDetail(() => cy.png({ full: true, scale: 2, bg: "#ffffff", output: "blob" })),
    async svg(): Promise<string> {
      await setupSvgExport();
      return atFullDetail(() => cy.svg({ full: true, bg: "#ffffff" }));
    },
    /** Takes the container's new size, keeping what was at the centre of the view at the centre. */
    resize(): void {
      const before = { w: cy.width(), h: cy.height() };
      cy.resize();
      if (before.w === 0 || before.h === 0) return;
      cy.panBy({ x: (cy.width() - before.w) / 2, y: (cy.height() - before.h) / 2 });
    },
  };
}

export type Diagram = ReturnType<typeof createDiagram>;
