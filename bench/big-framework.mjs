// The benchmark's ten-times framework: the default with every track copied nine more times
// under new ids, so it has ten times the tracks, levels, statements and switch-free pairs.
import { readFile } from 'node:fs/promises';

export async function tenTimes(source = 'framework.json') {
  const fw = JSON.parse(await readFile(source, 'utf8'));
  const copies = [];
  for (let n = 2; n <= 10; n++) {
    for (const track of fw.tracks) {
      const copy = JSON.parse(JSON.stringify(track));
      copy.id = `${track.id}-${n}`;
      copy.name = `${track.name} ${n}`;
      for (const level of copy.levels) {
        level.id = `${level.id}x${n}`;
        for (const statements of Object.values(level.expectations)) {
          for (const s of statements) s.id = `${s.id}-x${n}`;
        }
      }
      copies.push(copy);
    }
  }
  fw.tracks.push(...copies);
  return fw;
}
