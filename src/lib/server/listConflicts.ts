import { ATTRIBUTE_IDS, type AtlasData, type AttributeId } from '$lib/types';

/** One disagreement between an article and the facts table. */
export interface Conflict {
	iso3: string;
	name: string;
	attribute: AttributeId;
	articleValue: string;
	articleDate?: string;
	articleEvidence?: string;
	factsValue: string;
	factsDate?: string;
	cite?: string;
	asOf?: string;
}

/** Every attribute where the facts table overrode an article, by country then attribute. */
export function listConflicts(atlas: AtlasData): Conflict[] {
	const conflicts: Conflict[] = [];
	for (const country of atlas.countries) {
		for (const id of ATTRIBUTE_IDS) {
			const attribute = country.attributes[id];
			if (!attribute?.conflict) continue;
			conflicts.push({
				iso3: country.iso3,
				name: country.name,
				attribute: id,
				articleValue: attribute.conflict.value,
				articleDate: attribute.conflict.date,
				articleEvidence: attribute.conflict.evidence,
				factsValue: attribute.value,
				factsDate: attribute.date,
				cite: attribute.cite,
				asOf: attribute.asOf
			});
		}
	}
	return conflicts;
}
