// Generated from spec/ by `npm run generate`. Do not edit.
// The validators of each desktop IPC method's request (null when it takes none) and result.
import { validateDeletePluginDataCommand, validateDeletePluginDataResult, validateDesktopStateQuery, validateDisabledPlugins, validateGetPluginDataQuery, validateGetPluginDataResult, validateInstallPluginFromUrlRequest, validateInstallPluginResult, validateLocalPluginDiscoveryResult, validateLocalPluginFile, validateLocalPluginsPathResult, validatePluginCapabilityGrants, validatePluginClientData, validatePluginClientDataQuery, validatePluginDataRecord, validateReadLocalPluginFileRequest, validateSavePluginClientDataCommand, validateSavePluginDataCommand, validateUninstallPluginRequest, validateUninstallPluginResult } from "./index";

export const desktopIpcValidators = {
  listLocalPluginManifests: { request: null, result: validateLocalPluginDiscoveryResult },
  getLocalPluginsPath: { request: null, result: validateLocalPluginsPathResult },
  readLocalPluginFile: { request: validateReadLocalPluginFileRequest, result: validateLocalPluginFile },
  savePluginData: { request: validateSavePluginDataCommand, result: validatePluginDataRecord },
  getPluginData: { request: validateGetPluginDataQuery, result: validateGetPluginDataResult },
  deletePluginData: { request: validateDeletePluginDataCommand, result: validateDeletePluginDataResult },
  getCapabilityGrants: { request: validateDesktopStateQuery, result: validatePluginCapabilityGrants },
  saveCapabilityGrants: { request: validatePluginCapabilityGrants, result: validatePluginCapabilityGrants },
  getDisabledPlugins: { request: validateDesktopStateQuery, result: validateDisabledPlugins },
  saveDisabledPlugins: { request: validateDisabledPlugins, result: validateDisabledPlugins },
  getPluginClientData: { request: validatePluginClientDataQuery, result: validatePluginClientData },
  savePluginClientData: { request: validateSavePluginClientDataCommand, result: validatePluginClientData },
  installPluginFromUrl: { request: validateInstallPluginFromUrlRequest, result: validateInstallPluginResult },
  uninstallPlugin: { request: validateUninstallPluginRequest, result: validateUninstallPluginResult },
} as const;
