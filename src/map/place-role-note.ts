/**
 * The role a practice has at a place of the map ("Role: partner"), as the map data
 * carry it (MapPractice.o, parallel to its places); kept apart from the
 * pop-up's markup so that the pop-up only places it.
 */
import type { MapPractice } from './map-data.ts';

export function placeRoleAt(practice: MapPractice, placeIndex: number): string | undefined {
  const at = practice.p.indexOf(placeIndex);
  return (at >= 0 && practice.o?.[at]) || undefined;
}
