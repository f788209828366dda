// A page builder: the bundle is injected after load, then elements are added
// with createElement and innerHTML, and a placeholder appears later still.
window.addEventListener('load', () => {
  setTimeout(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/hr-widgets.js';
    document.head.append(script);
    script.addEventListener('load', () => {
      const created = document.createElement('hr-principles');
      created.id = 'created';
      document.body.append(created);
      const box = document.createElement('div');
      box.innerHTML = '<hr-quiz id="inner"></hr-quiz>';
      document.body.append(box);
      setTimeout(() => {
        const holder = document.createElement('div');
        holder.id = 'holder';
        holder.dataset.hrWidget = 'resource-list';
        document.body.append(holder);
      }, 50);
    });
  }, 50);
});
