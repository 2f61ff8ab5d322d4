import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';

/** The generated world.topo.json as the two GeoJSON sources the map style takes. */
export function decodeWorld(world: Topology): {
	countries: FeatureCollection;
	markers: FeatureCollection;
} {
	const { countries, markers } = world.objects;
	if (!countries || !markers) throw new Error('world.topo.json: missing countries or markers');
	return {
		countries: feature(world, countries) as FeatureCollection,
		markers: feature(world, markers) as FeatureCollection
	};
}
