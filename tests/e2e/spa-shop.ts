/**
 * A single-page shop written for these tests (not a saved third-party page): every product path serves the
 * same document, which renders a product and moves between products the way React/Next shops do, in the
 * orders issue 10 found breaking the pairing of a URL with its list.
 */
export interface Product {
  path: string;
  name: string;
  list: string;
}

export const PRODUCTS = {
  a: {
    path: '/product/alpha-retinal-serum-P100',
    name: 'Alpha Retinal Serum',
    list: 'Water, Glycerin, Retinal, Squalane, Phenoxyethanol, Ethylhexylglycerin',
  },
  b: {
    path: '/product/beta-gentle-cleanser-P200',
    name: 'Beta Gentle Cleanser',
    list: 'Water, Glycerin, Cocamidopropyl Betaine, Panthenol, Allantoin, Xanthan Gum',
  },
  c: {
    path: '/product/gamma-peel-toner-P300',
    name: 'Gamma Peel Toner',
    list: 'Water, Glycolic Acid, Glycerin, Salicylic Acid, Sodium Hydroxide, Parfum',
  },
} satisfies Record<string, Product>;

export const ORIGIN = 'https://www.sephora.com';

/** Builds a product list for the n-th of many fast navigations (its own path and list). */
export const numbered = (n: number): Product => ({
  path: `/product/step-${n}-P${1000 + n}`,
  name: `Step ${n} Essence`,
  list: `Water, Glycerin, Butylene Glycol, Panthenol, Allantoin, Xanthan Gum, Tocopherol ${n}`,
});

/**
 * The page. `window.shop.go(product, order, ms)`: 'render-push' renders the next product, then pushes its
 * URL `ms` later; 'push-render' pushes, then renders `ms` later. Back and forward re-render from the path.
 */
export function spaShopHtml(products: Product[]): string {
  const data = JSON.stringify(Object.fromEntries(products.map((p) => [p.path, p])));
  return `<!doctype html><html><head><meta charset="utf-8"><title>Shop | Sephora</title>
<meta property="og:type" content="product"></head><body><main><h1 id="name"></h1>
<section><h2>Ingredients</h2><p id="list"></p></section><button>Add to basket</button></main>
<script>
const PRODUCTS = ${data};
function render(p) {
  document.getElementById('name').textContent = p.name;
  document.getElementById('list').textContent = p.list;
}
render(PRODUCTS[location.pathname] || Object.values(PRODUCTS)[0]);
window.shop = {
  go(p, order, ms) {
    if (order === 'render-push') {
      render(p);
      setTimeout(() => history.pushState({}, '', p.path), ms);
    } else {
      history.pushState({}, '', p.path);
      setTimeout(() => render(p), ms);
    }
  },
};
addEventListener('popstate', () => render(PRODUCTS[location.pathname]));
</script></body></html>`;
}
