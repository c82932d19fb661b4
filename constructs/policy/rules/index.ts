/** Every rule of the pack, in the order of the merged security list. */
import type { Rule } from "../rule";
import { AML_WS_01 } from "./workspace/aml-ws-01";
import { AML_WS_02 } from "./workspace/aml-ws-02";
import { AML_WS_03 } from "./workspace/aml-ws-03";
import { AML_WS_04 } from "./workspace/aml-ws-04";
import { AML_WS_05 } from "./workspace/aml-ws-05";
import { AML_WS_06 } from "./workspace/aml-ws-06";
import { AML_WS_07 } from "./workspace/aml-ws-07";
import { AML_WS_08 } from "./workspace/aml-ws-08";
import { AML_CC_01 } from "./compute/aml-cc-01";
import { AML_CI_01 } from "./compute/aml-ci-01";
import { AML_CC_02 } from "./compute/aml-cc-02";
import { AML_CI_02 } from "./compute/aml-ci-02";
import { AML_CC_03 } from "./compute/aml-cc-03";
import { AML_CI_03 } from "./compute/aml-ci-03";
import { AML_SA_01 } from "./storage/aml-sa-01";
import { AML_SA_02 } from "./storage/aml-sa-02";
import { AML_SA_03 } from "./storage/aml-sa-03";
import { AML_SA_04 } from "./storage/aml-sa-04";
import { AML_SA_05 } from "./storage/aml-sa-05";
import { AML_SA_06 } from "./storage/aml-sa-06";
import { AML_SA_07 } from "./storage/aml-sa-07";
import { AML_SA_08 } from "./storage/aml-sa-08";
import { AML_SA_09 } from "./storage/aml-sa-09";
import { AML_SA_10 } from "./storage/aml-sa-10";
import { AML_SA_11 } from "./storage/aml-sa-11";
import { AML_SA_12 } from "./storage/aml-sa-12";
import { AML_SA_13 } from "./storage/aml-sa-13";
import { AML_SA_14 } from "./storage/aml-sa-14";
import { AML_SA_15 } from "./storage/aml-sa-15";
import { AML_SA_16 } from "./storage/aml-sa-16";
import { AML_SA_17 } from "./storage/aml-sa-17";
import { AML_SA_18 } from "./storage/aml-sa-18";
import { AML_SC_01 } from "./storage/aml-sc-01";
import { AML_KV_01 } from "./keyvault/aml-kv-01";
import { AML_KV_02 } from "./keyvault/aml-kv-02";
import { AML_KV_03 } from "./keyvault/aml-kv-03";
import { AML_KV_04 } from "./keyvault/aml-kv-04";
import { AML_KV_05 } from "./keyvault/aml-kv-05";
import { AML_KV_06 } from "./keyvault/aml-kv-06";
import { AML_KV_07 } from "./keyvault/aml-kv-07";
import { AML_KVK_01 } from "./keyvault/aml-kvk-01";
import { AML_KVK_02 } from "./keyvault/aml-kvk-02";
import { AML_KVS_01 } from "./keyvault/aml-kvs-01";
import { AML_KVS_02 } from "./keyvault/aml-kvs-02";
import { AML_ACR_01 } from "./registry/aml-acr-01";
import { AML_ACR_02 } from "./registry/aml-acr-02";
import { AML_ACR_03 } from "./registry/aml-acr-03";
import { AML_ACR_04 } from "./registry/aml-acr-04";
import { AML_ACR_05 } from "./registry/aml-acr-05";
import { AML_ACR_06 } from "./registry/aml-acr-06";
import { AML_ACR_07 } from "./registry/aml-acr-07";
import { AML_ACR_08 } from "./registry/aml-acr-08";
import { AML_ACR_09 } from "./registry/aml-acr-09";
import { AML_ACR_10 } from "./registry/aml-acr-10";
import { AML_ACR_11 } from "./registry/aml-acr-11";
import { AML_ACR_12 } from "./registry/aml-acr-12";
import { AML_AI_01 } from "./monitoring/aml-ai-01";
import { AML_AI_02 } from "./monitoring/aml-ai-02";
import { AML_LA_01 } from "./monitoring/aml-la-01";
import { AML_LA_02 } from "./monitoring/aml-la-02";

export const ALL_RULES: readonly Rule[] = [
  AML_WS_01,
  AML_WS_02,
  AML_WS_03,
  AML_WS_04,
  AML_WS_05,
  AML_WS_06,
  AML_WS_07,
  AML_WS_08,
  AML_CC_01,
  AML_CI_01,
  AML_CC_02,
  AML_CI_02,
  AML_CC_03,
  AML_CI_03,
  AML_SA_01,
  AML_SA_02,
  AML_SA_03,
  AML_SA_04,
  AML_SA_05,
  AML_SA_06,
  AML_SA_07,
  AML_SA_08,
  AML_SA_09,
  AML_SA_10,
  AML_SA_11,
  AML_SA_12,
  AML_SA_13,
  AML_SA_14,
  AML_SA_15,
  AML_SA_16,
  AML_SA_17,
  AML_SA_18,
  AML_SC_01,
  AML_KV_01,
  AML_KV_02,
  AML_KV_03,
  AML_KV_04,
  AML_KV_05,
  AML_KV_06,
  AML_KV_07,
  AML_KVK_01,
  AML_KVK_02,
  AML_KVS_01,
  AML_KVS_02,
  AML_ACR_01,
  AML_ACR_02,
  AML_ACR_03,
  AML_ACR_04,
  AML_ACR_05,
  AML_ACR_06,
  AML_ACR_07,
  AML_ACR_08,
  AML_ACR_09,
  AML_ACR_10,
  AML_ACR_11,
  AML_ACR_12,
  AML_AI_01,
  AML_AI_02,
  AML_LA_01,
  AML_LA_02,
];
