/** Every GCP asset type. Add a new type's definition here. */
export const gcpAssetTypes = [] as const;
