/**
 * Writes bench/pages/generated.html: a realistic health-site page of about 20,000 elements
 * (header, navigation, articles with headings, paragraphs, links, lists, tables, a form, images,
 * a fixed header), with a mix of px and rem font sizes like real sites. Served with `?clair`, the
 * server injects Clair's tag; without it, the same page is the baseline.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

const words = 'santé patient médecin traitant ordonnance consultation vaccin rendez-vous hôpital pharmacie traitement examen prise de sang mutuelle remboursement carte Vitale symptôme diagnostic prévention suivi'.split(' ');
let seed = 7;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const sentence = (n) => Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ');

export function generate(targetElements = 20000) {
  const parts = [];
  let count = 0;
  const add = (html, elements) => {
    parts.push(html);
    count += elements;
  };
  let i = 0;
  while (count < targetElements) {
    i++;
    add(
      `<article class="card" id="a${i}"><h2>Article ${i} : ${sentence(4)}</h2>` +
        `<p class="lead">${sentence(18)} <a href="#a${i}">${sentence(2)}</a> ${sentence(10)}.</p>` +
        `<p>${sentence(25)} <strong>${sentence(3)}</strong> ${sentence(12)} <em>${sentence(2)}</em>.</p>` +
        `<ul><li>${sentence(6)}</li><li>${sentence(5)}</li><li><a href="#a${i}">${sentence(3)}</a></li></ul>` +
        (i % 5 === 0 ? `<table><caption>Tableau ${i}</caption><tr><th scope="col">Âge</th><th scope="col">Vaccin</th></tr><tr><td>2 mois</td><td>${sentence(2)}</td></tr><tr><td>11 mois</td><td>${sentence(2)}</td></tr></table>` : '') +
        (i % 7 === 0 ? `<figure><img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='30'/%3E" alt="Illustration ${i}" width="40" height="30"><figcaption>${sentence(5)}</figcaption></figure>` : '') +
        `</article>`,
      i % 5 === 0 ? 27 : i % 7 === 0 ? 22 : 11,
    );
  }
  const html = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page générée (~${count} éléments)</title>
<link rel="stylesheet" href="generated.css">
</head><body>
<header class="top"><p class="brand">Hôpital de démonstration</p><nav aria-label="Principale"><ul><li><a href="#">Accueil</a></li><li><a href="#">Soins</a></li><li><a href="#">Contact</a></li></ul></nav></header>
<main><h1>Informations patients</h1>
<form class="search"><label for="q">Rechercher</label> <input id="q" name="q" placeholder="Un mot-clé"> <button>Chercher</button></form>
${parts.join('\n')}
</main>
<footer><p>Pied de page</p></footer>
</body></html>`;
  return { html, count };
}

const css = `body{margin:0;font:16px/1.4 Georgia,serif;color:#222}
.top{position:fixed;top:0;left:0;right:0;height:56px;background:#034;color:#fff;z-index:10}
.top a{color:#fff}
main{max-width:960px;margin:72px auto 0;padding:0 16px}
h1{font-size:2rem}h2{font-size:22px}
.lead{font-size:1.125rem}.card{border-bottom:1px solid #ccc;padding:8px 0}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;font-size:14px}`;

export function writeGenerated() {
  mkdirSync('bench/pages', { recursive: true });
  const { html, count } = generate();
  writeFileSync('bench/pages/generated.html', html);
  writeFileSync('bench/pages/generated.css', css);
  return count;
}
