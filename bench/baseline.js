// The List.js-style baseline the directory benchmarks compare against. No
// imports: the phone bench loads it cold, and a waterfall would not be fair.

/** List.js's way: every entry in the DOM; a search hides those that do not match. */
export function baseline(data) {
  const list = document.createElement('ul');
  const items = data.resources.map((r) => {
    const li = document.createElement('li');
    const h = document.createElement('h3');
    h.textContent = r.name;
    const p = document.createElement('p');
    p.textContent = r.description;
    const tags = document.createElement('p');
    tags.textContent = r.services.join(', ');
    const a = document.createElement('a');
    a.href = `tel:${r.phone}`;
    a.textContent = r.phone;
    const where = document.createElement('p');
    where.textContent = `${r.address}, ${r.city}, ${r.region}`;
    li.append(h, p, tags, a, where);
    list.append(li);
    return li;
  });
  document.body.append(list);
  return (query) => {
    const q = query.toLowerCase();
    for (const li of items) li.hidden = !li.textContent.toLowerCase().includes(q);
  };
}
