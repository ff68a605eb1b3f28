// The web console is being built; until then the page shows the server's health.
const out = document.createElement('pre');
document.body.append(out);
fetch('/__fake-ecs/health')
  .then((res) => res.json())
  .then((health) => {
    out.textContent = JSON.stringify(health, null, 2);
  });
