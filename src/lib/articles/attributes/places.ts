/** Places in Palestine, where a mission to Palestine is resident. */
export const PALESTINE_PLACE =
	/^(?:ramallah|al-?bireh|el-?bireh|gaza(?:\s+city|\s+strip)?|al-?ram|a-?ram|ar-?ram|jericho|bethlehem|nablus|hebron|jenin|tulkarm|qalqilya|beit\s+jala|beit\s+sahour|rawabi|salfit|tubas|abu\s+dis|khan\s+yunis|rafah|west\s+bank|palestine|palestinian\s+territor(?:y|ies)|state\s+of\s+palestine|east\s+jerusalem)$/i;
/** Of those, the ones that are regions, not cities (not shown as a mission's city). */
export const PALESTINE_REGION =
	/^(?:west\s+bank|palestine|palestinian\s+territor(?:y|ies)|state\s+of\s+palestine|gaza\s+strip)$/i;
