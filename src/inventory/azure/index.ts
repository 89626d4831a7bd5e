/** Every Azure asset type. Add a new type's definition here. */
export const azureAssetTypes = [] as const;
