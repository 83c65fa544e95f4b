/**
 * GENERATED from the server's OpenAPI document (GET /api/v1/openapi.json, closed part included) by openapi-typescript.
 * Do not edit: change the route's schema under src/server and run `npm run api:generate`.
 * test/web/api-client-current.test.ts fails when this file differs from what the server's document gives.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werkt de API, en zijn er cijfers? */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Status */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @description Zijn er berekende cijfers? */
                            data: boolean;
                            /** @description Waarom er geen cijfers zijn */
                            reason?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Berekende teljaren met hun fasen, definities, uitsplitsingen en de afschermgrens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Wat er berekend is */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            teljaren: {
                                teljaar: string;
                                stages: ("preliminary" | "definitive")[];
                                /**
                                 * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                 * @enum {string}
                                 */
                                default_stage?: "preliminary" | "definitive";
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                official_definition: 23 | 27;
                            }[];
                            latest_teljaar?: string;
                            definitions: (23 | 27)[];
                            breakdowns: {
                                name: string;
                                description: string;
                            }[];
                            published: {
                                /** @description Gepubliceerde combinaties van uitsplitsingen onder de officiële definitie */
                                official_definition: string[];
                                /** @description Onder de andere definitie: alleen landelijk en per regio */
                                other_definition: string[];
                            };
                            suppression: {
                                threshold: number;
                                marker: string;
                            };
                            data: {
                                /** @description Berekend op een synthetisch register (demo) */
                                synthetic: boolean;
                                /** @description Schaal van het synthetische register (1 = heel Nederland) */
                                scale: number | null;
                                as_of: string | null;
                                facts_until: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Landelijke reeks: per berekend teljaar en definitie de startpopulatie, nieuwe vsv'ers en het percentage, vo en mbo apart
         * @description Met de landelijke doelen en de eerder gepubliceerde landelijke reeks. De download bevat de rijen van de reeks.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: beide) */
                    definition?: 23 | 27;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De landelijke reeks */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description De definities in de reeks */
                            definitions: (23 | 27)[];
                            rows: {
                                /** @description Teljaar, bijvoorbeeld 2023-2024 */
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: jonger dan 23 of 27
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                /**
                                 * @description Fase: preliminary (voorlopig) of definitive (definitief)
                                 * @enum {string}
                                 */
                                stage: "preliminary" | "definitive";
                                /** @description Is dit de officiële definitie van het teljaar? */
                                official: boolean;
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Nieuwe vsv'ers uit het vo */
                                vo_vsv: number | null;
                                /** @description Vsv-percentage in het vo */
                                vo_vsv_pct: number | null;
                                /** @description Nieuwe vsv'ers uit het mbo */
                                mbo_vsv: number | null;
                                /** @description Vsv-percentage in het mbo */
                                mbo_vsv_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                            /** @description De landelijke doelen */
                            targets: {
                                /** @description national */
                                scope: string;
                                /** @description Jaar van het doel */
                                year: number;
                                /** @description Teljaar, bijvoorbeeld 2023-2024 */
                                teljaar: string;
                                /**
                                 * @description Definitie (leeftijdsgrens) van het doel
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                /** @description Hoogstens zoveel nieuwe vsv'ers */
                                target: number;
                                /** @description Bron */
                                source: string;
                            }[];
                            /** @description De eerder gepubliceerde landelijke reeks (bronnen) */
                            published: {
                                /** @description Teljaar, bijvoorbeeld 2023-2024 */
                                teljaar: string;
                                /** @description total, vo of mbo */
                                sector: string;
                                /** @description Gepubliceerd aantal nieuwe vsv'ers */
                                new_vsv: number | null;
                                /** @description Gepubliceerd vsv-percentage */
                                vsv_pct: number | null;
                                /** @description Fase */
                                stage: string;
                                /** @description Definitie zoals de bron die noemt */
                                definition: string;
                                /** @description Bron */
                                source: string;
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cijfers van een teljaar, landelijk of uitgesplitst, met het verschil met het vorige teljaar
         * @description De gepubliceerde tabel voor de gekozen uitsplitsingen (`by`), eventueel alleen de rijen van één regio, gemeente, instelling of vestiging. Kleine aantallen zijn afgeschermd (null, en genoemd in `suppressed`). Ook als CSV of Excel te downloaden.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatst berekende)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar) */
                    definition?: 23 | 27;
                    /** @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is */
                    stage?: "preliminary" | "definitive";
                    /**
                     * @description Uitsplitsingen, met komma's (hoogstens 3): region, municipality, labour_market_region, institution, location, programme, vo_mbo, sector, level, education_type, leerweg, grade, age, age_group, sex
                     * @example region,level
                     */
                    by?: string;
                    /** @description Alleen rijen van deze RMC-regio (01-41) */
                    region?: string;
                    /** @description Alleen rijen van deze gemeente (CBS-code, bijvoorbeeld 0363) */
                    municipality?: string;
                    /** @description Alleen rijen van deze instelling (BRIN, bijvoorbeeld 27GZ) */
                    institution?: string;
                    /** @description Alleen rijen van deze vestiging (bijvoorbeeld 27GZ00) */
                    location?: string;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De cijfers: het totaal en de rijen per uitsplitsing */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Teljaar, bijvoorbeeld 2023-2024 */
                            teljaar: string;
                            /**
                             * @description Leeftijdsgrens: jonger dan 23 of 27
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /**
                             * @description Fase: preliminary (voorlopig) of definitive (definitief)
                             * @enum {string}
                             */
                            stage: "preliminary" | "definitive";
                            /** @description De uitsplitsingen van de tabel (in vaste volgorde) */
                            by: string[];
                            /** @description De gekozen regio, gemeente, instelling of vestiging */
                            filter: {
                                region?: string;
                                municipality?: string;
                                institution?: string;
                                location?: string;
                            };
                            /** @description Rij met de gevraagde uitsplitsingen en de cijfers */
                            total: {
                                /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                region?: string | number | (never | null);
                                /** @description Naam RMC-regio */
                                region_name?: string | null;
                                /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                municipality?: string | number | (never | null);
                                /** @description Gemeente */
                                municipality_name?: string | null;
                                /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                labour_market_region?: string | number | (never | null);
                                /** @description Naam arbeidsmarktregio */
                                labour_market_region_name?: string | null;
                                /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                institution?: string | number | (never | null);
                                /** @description Instelling */
                                institution_name?: string | null;
                                /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                location?: string | number | (never | null);
                                /** @description Naam vestiging */
                                location_name?: string | null;
                                /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                programme?: string | number | (never | null);
                                /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                vo_mbo?: string | number | (never | null);
                                /** @description Sector (uitsplitsing sector; null: onbekend) */
                                sector?: string | number | (never | null);
                                /** @description Niveau (uitsplitsing level; null: onbekend) */
                                level?: string | number | (never | null);
                                /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                education_type?: string | number | (never | null);
                                /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                leerweg?: string | number | (never | null);
                                /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                grade?: string | number | (never | null);
                                /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                age?: string | number | (never | null);
                                /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                age_group?: string | number | (never | null);
                                /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                sex?: string | number | (never | null);
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                previous_teljaar: string | null;
                                /** @description Fase van de cijfers van het vorige teljaar */
                                previous_stage: string | null;
                                /** @description Startpopulatie in het vorige teljaar */
                                previous_start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                previous_vsv: number | null;
                                /** @description Vsv-percentage in het vorige teljaar */
                                previous_vsv_pct: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                change: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                change_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            } | null;
                            rows: {
                                /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                region?: string | number | (never | null);
                                /** @description Naam RMC-regio */
                                region_name?: string | null;
                                /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                municipality?: string | number | (never | null);
                                /** @description Gemeente */
                                municipality_name?: string | null;
                                /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                labour_market_region?: string | number | (never | null);
                                /** @description Naam arbeidsmarktregio */
                                labour_market_region_name?: string | null;
                                /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                institution?: string | number | (never | null);
                                /** @description Instelling */
                                institution_name?: string | null;
                                /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                location?: string | number | (never | null);
                                /** @description Naam vestiging */
                                location_name?: string | null;
                                /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                programme?: string | number | (never | null);
                                /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                vo_mbo?: string | number | (never | null);
                                /** @description Sector (uitsplitsing sector; null: onbekend) */
                                sector?: string | number | (never | null);
                                /** @description Niveau (uitsplitsing level; null: onbekend) */
                                level?: string | number | (never | null);
                                /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                education_type?: string | number | (never | null);
                                /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                leerweg?: string | number | (never | null);
                                /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                grade?: string | number | (never | null);
                                /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                age?: string | number | (never | null);
                                /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                age_group?: string | number | (never | null);
                                /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                sex?: string | number | (never | null);
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                previous_teljaar: string | null;
                                /** @description Fase van de cijfers van het vorige teljaar */
                                previous_stage: string | null;
                                /** @description Startpopulatie in het vorige teljaar */
                                previous_start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                previous_vsv: number | null;
                                /** @description Vsv-percentage in het vorige teljaar */
                                previous_vsv_pct: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                change: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                change_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle RMC-regio's (Doorstroompunten) met hun cijfers
         * @description Elke regio uit de gemeentetabel van het teljaar; een regio waar niemand in de startpopulatie woont heeft 0.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatst berekende)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar) */
                    definition?: 23 | 27;
                    /** @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is */
                    stage?: "preliminary" | "definitive";
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De regio's met hun cijfers */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Teljaar, bijvoorbeeld 2023-2024 */
                            teljaar: string;
                            /**
                             * @description Leeftijdsgrens: jonger dan 23 of 27
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /**
                             * @description Fase: preliminary (voorlopig) of definitive (definitief)
                             * @enum {string}
                             */
                            stage: "preliminary" | "definitive";
                            rows: {
                                /** @description RMC-regionummer (01-41) */
                                code: string;
                                /** @description Naam van de regio */
                                name: string;
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                change: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                change_pct: number | null;
                                /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                previous_teljaar: string | null;
                                /** @description Fase van de cijfers van het vorige teljaar */
                                previous_stage: string | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén regio: het cijfer, de reeks, de uitsplitsingen, de gemeenten en de instellingen die er gevestigd zijn
         * @description De instellingen staan er met hun eigen cijfers (al hun studenten, waar die ook wonen), grootste eerst.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatst berekende)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar) */
                    definition?: 23 | 27;
                    /** @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is */
                    stage?: "preliminary" | "definitive";
                };
                header?: never;
                path: {
                    /**
                     * @description RMC-regionummer 01-41 (MC21 en 21 werken ook)
                     * @example 28
                     */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De regio */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description RMC-regionummer */
                            code: string;
                            /** @description Naam van de regio */
                            name: string;
                            /** @description Teljaar, bijvoorbeeld 2023-2024 */
                            teljaar: string;
                            /**
                             * @description Leeftijdsgrens: jonger dan 23 of 27
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /**
                             * @description Fase: preliminary (voorlopig) of definitive (definitief)
                             * @enum {string}
                             */
                            stage: "preliminary" | "definitive";
                            /** @description Het cijfer van het gebied in het gekozen teljaar */
                            figure: {
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                previous_teljaar: string | null;
                                /** @description Fase van de cijfers van het vorige teljaar */
                                previous_stage: string | null;
                                /** @description Startpopulatie in het vorige teljaar */
                                previous_start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                previous_vsv: number | null;
                                /** @description Vsv-percentage in het vorige teljaar */
                                previous_vsv_pct: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                change: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                change_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            } | null;
                            /** @description Het gebied in elk berekend teljaar (standaardfase) */
                            series: {
                                /** @description Teljaar, bijvoorbeeld 2023-2024 */
                                teljaar: string;
                                /** @description Fase van de cijfers van dat teljaar */
                                stage: string;
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                            /** @description Uitsplitsingen van het gebied */
                            breakdowns: {
                                /** @description Het gebied uitgesplitst naar level (alleen als die uitsplitsing gepubliceerd wordt) */
                                level?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar leerweg (alleen als die uitsplitsing gepubliceerd wordt) */
                                leerweg?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar age_group (alleen als die uitsplitsing gepubliceerd wordt) */
                                age_group?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar sector (alleen als die uitsplitsing gepubliceerd wordt) */
                                sector?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar vo_mbo (alleen als die uitsplitsing gepubliceerd wordt) */
                                vo_mbo?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                            };
                            /** @description De gemeenten van de regio */
                            municipalities: {
                                /** @description Code */
                                code: string | null;
                                /** @description Naam */
                                name: string | null;
                                /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                region?: string | number | (never | null);
                                /** @description Naam RMC-regio */
                                region_name?: string | null;
                                /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                municipality?: string | number | (never | null);
                                /** @description Gemeente */
                                municipality_name?: string | null;
                                /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                labour_market_region?: string | number | (never | null);
                                /** @description Naam arbeidsmarktregio */
                                labour_market_region_name?: string | null;
                                /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                institution?: string | number | (never | null);
                                /** @description Instelling */
                                institution_name?: string | null;
                                /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                location?: string | number | (never | null);
                                /** @description Naam vestiging */
                                location_name?: string | null;
                                /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                programme?: string | number | (never | null);
                                /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                vo_mbo?: string | number | (never | null);
                                /** @description Sector (uitsplitsing sector; null: onbekend) */
                                sector?: string | number | (never | null);
                                /** @description Niveau (uitsplitsing level; null: onbekend) */
                                level?: string | number | (never | null);
                                /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                education_type?: string | number | (never | null);
                                /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                leerweg?: string | number | (never | null);
                                /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                grade?: string | number | (never | null);
                                /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                age?: string | number | (never | null);
                                /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                age_group?: string | number | (never | null);
                                /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                sex?: string | number | (never | null);
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                previous_teljaar: string | null;
                                /** @description Fase van de cijfers van het vorige teljaar */
                                previous_stage: string | null;
                                /** @description Startpopulatie in het vorige teljaar */
                                previous_start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                previous_vsv: number | null;
                                /** @description Vsv-percentage in het vorige teljaar */
                                previous_vsv_pct: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                change: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                change_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                            /** @description Instellingen gevestigd in de regio, grootste eerst; hun cijfers tellen al hun studenten, waar die ook wonen */
                            institutions: {
                                /** @description BRIN */
                                code: string;
                                /** @description Naam van de instelling */
                                name: string | null;
                                /** @description Soort instelling */
                                kind: string | null;
                                /** @description Gemeente van de vestiging van het bestuur (CBS-code) */
                                municipality: string | null;
                                /** @description RMC-regio waar de instelling gevestigd is */
                                region: string | null;
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                change: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                change_pct: number | null;
                                /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                previous_teljaar: string | null;
                                /** @description Fase van de cijfers van het vorige teljaar */
                                previous_stage: string | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle gemeenten (met ?region= die van één regio) met hun cijfers
         * @description Elke gemeente uit de gemeentetabel van het teljaar, met haar RMC-regio; een gemeente waar niemand in de startpopulatie woont heeft 0. Ook als CSV of Excel te downloaden.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatst berekende)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar) */
                    definition?: 23 | 27;
                    /** @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is */
                    stage?: "preliminary" | "definitive";
                    /** @description Alleen de gemeenten van deze RMC-regio */
                    region?: string;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De gemeenten met hun cijfers */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Teljaar, bijvoorbeeld 2023-2024 */
                            teljaar: string;
                            /**
                             * @description Leeftijdsgrens: jonger dan 23 of 27
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /**
                             * @description Fase: preliminary (voorlopig) of definitive (definitief)
                             * @enum {string}
                             */
                            stage: "preliminary" | "definitive";
                            /** @description De gekozen regio */
                            region: string | null;
                            rows: {
                                /** @description CBS-gemeentecode */
                                code: string;
                                /** @description Naam van de gemeente */
                                name: string;
                                /** @description RMC-regio van de gemeente */
                                region: string;
                                /** @description Naam van de regio */
                                region_name: string;
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                change: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                change_pct: number | null;
                                /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                previous_teljaar: string | null;
                                /** @description Fase van de cijfers van het vorige teljaar */
                                previous_stage: string | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/municipalities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén gemeente: het cijfer en de reeks (een gemeente wordt alleen als totaal gepubliceerd)
         * @description Het cijfer van de gemeente met het verschil met het vorige teljaar, en de reeks over alle berekende teljaren. Uitsplitsingen van een gemeente worden niet gepubliceerd (kleine aantallen).
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatst berekende)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar) */
                    definition?: 23 | 27;
                    /** @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is */
                    stage?: "preliminary" | "definitive";
                };
                header?: never;
                path: {
                    /**
                     * @description CBS-gemeentecode, bijvoorbeeld 0363 (GM0363 werkt ook)
                     * @example 0363
                     */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De gemeente */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description CBS-gemeentecode */
                            code: string;
                            /** @description Naam van de gemeente */
                            name: string;
                            region: {
                                /** @description Code */
                                code: string;
                                /** @description Naam */
                                name: string;
                            };
                            /** @description Teljaar, bijvoorbeeld 2023-2024 */
                            teljaar: string;
                            /**
                             * @description Leeftijdsgrens: jonger dan 23 of 27
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /**
                             * @description Fase: preliminary (voorlopig) of definitive (definitief)
                             * @enum {string}
                             */
                            stage: "preliminary" | "definitive";
                            /** @description Het cijfer van het gebied in het gekozen teljaar */
                            figure: {
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                previous_teljaar: string | null;
                                /** @description Fase van de cijfers van het vorige teljaar */
                                previous_stage: string | null;
                                /** @description Startpopulatie in het vorige teljaar */
                                previous_start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                previous_vsv: number | null;
                                /** @description Vsv-percentage in het vorige teljaar */
                                previous_vsv_pct: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                change: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                change_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            } | null;
                            /** @description Het gebied in elk berekend teljaar (standaardfase) */
                            series: {
                                /** @description Teljaar, bijvoorbeeld 2023-2024 */
                                teljaar: string;
                                /** @description Fase van de cijfers van dat teljaar */
                                stage: string;
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                            /** @description Uitsplitsingen van het gebied */
                            breakdowns: {
                                /** @description Het gebied uitgesplitst naar level (alleen als die uitsplitsing gepubliceerd wordt) */
                                level?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar leerweg (alleen als die uitsplitsing gepubliceerd wordt) */
                                leerweg?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar age_group (alleen als die uitsplitsing gepubliceerd wordt) */
                                age_group?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar sector (alleen als die uitsplitsing gepubliceerd wordt) */
                                sector?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar vo_mbo (alleen als die uitsplitsing gepubliceerd wordt) */
                                vo_mbo?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                            };
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Instellingen met hun cijfers (met ?region=: de instellingen die in die regio gevestigd zijn)
         * @description De cijfers van een instelling tellen al haar studenten, waar die ook wonen.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatst berekende)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar) */
                    definition?: 23 | 27;
                    /** @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is */
                    stage?: "preliminary" | "definitive";
                    /** @description Alleen instellingen die in deze RMC-regio gevestigd zijn */
                    region?: string;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De instellingen met hun cijfers */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Teljaar, bijvoorbeeld 2023-2024 */
                            teljaar: string;
                            /**
                             * @description Leeftijdsgrens: jonger dan 23 of 27
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /**
                             * @description Fase: preliminary (voorlopig) of definitive (definitief)
                             * @enum {string}
                             */
                            stage: "preliminary" | "definitive";
                            /** @description De gekozen regio */
                            region: string | null;
                            rows: {
                                /** @description BRIN */
                                code: string;
                                /** @description Naam van de instelling */
                                name: string | null;
                                /** @description Soort instelling */
                                kind: string | null;
                                /** @description Gemeente van de vestiging van het bestuur (CBS-code) */
                                municipality: string | null;
                                /** @description RMC-regio waar de instelling gevestigd is */
                                region: string | null;
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                change: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                change_pct: number | null;
                                /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                previous_teljaar: string | null;
                                /** @description Fase van de cijfers van het vorige teljaar */
                                previous_stage: string | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/institutions/{brin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén instelling: het cijfer, de reeks, de uitsplitsingen, de vestigingen en (mbo) de norm per niveau
         * @description Met de gemeente en RMC-regio waar de instelling gevestigd is; `norms` alleen voor mbo-instellingen in een teljaar met normen (voldaan of niet, op de exacte aantallen).
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatst berekende)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar) */
                    definition?: 23 | 27;
                    /** @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is */
                    stage?: "preliminary" | "definitive";
                };
                header?: never;
                path: {
                    /**
                     * @description BRIN, bijvoorbeeld 27GZ
                     * @example 27GZ
                     */
                    brin: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De instelling */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description BRIN */
                            code: string;
                            /** @description Naam van de instelling */
                            name: string;
                            /** @description Soort instelling */
                            kind: string;
                            /** @description Gemeente waar de instelling gevestigd is (CBS-code) */
                            municipality: string;
                            /** @description Naam van die gemeente */
                            municipality_name: string | null;
                            region: {
                                /** @description Code */
                                code: string;
                                /** @description Naam */
                                name: string;
                            } | null;
                            /** @description Teljaar, bijvoorbeeld 2023-2024 */
                            teljaar: string;
                            /**
                             * @description Leeftijdsgrens: jonger dan 23 of 27
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /**
                             * @description Fase: preliminary (voorlopig) of definitive (definitief)
                             * @enum {string}
                             */
                            stage: "preliminary" | "definitive";
                            /** @description Het cijfer van het gebied in het gekozen teljaar */
                            figure: {
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                previous_teljaar: string | null;
                                /** @description Fase van de cijfers van het vorige teljaar */
                                previous_stage: string | null;
                                /** @description Startpopulatie in het vorige teljaar */
                                previous_start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                previous_vsv: number | null;
                                /** @description Vsv-percentage in het vorige teljaar */
                                previous_vsv_pct: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                change: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                change_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            } | null;
                            /** @description Het gebied in elk berekend teljaar (standaardfase) */
                            series: {
                                /** @description Teljaar, bijvoorbeeld 2023-2024 */
                                teljaar: string;
                                /** @description Fase van de cijfers van dat teljaar */
                                stage: string;
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                            /** @description Uitsplitsingen van het gebied */
                            breakdowns: {
                                /** @description Het gebied uitgesplitst naar level (alleen als die uitsplitsing gepubliceerd wordt) */
                                level?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar leerweg (alleen als die uitsplitsing gepubliceerd wordt) */
                                leerweg?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar age_group (alleen als die uitsplitsing gepubliceerd wordt) */
                                age_group?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar sector (alleen als die uitsplitsing gepubliceerd wordt) */
                                sector?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar vo_mbo (alleen als die uitsplitsing gepubliceerd wordt) */
                                vo_mbo?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                            };
                            /** @description De vestigingen */
                            locations: {
                                /** @description Code */
                                code: string | null;
                                /** @description Naam */
                                name: string | null;
                                /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                region?: string | number | (never | null);
                                /** @description Naam RMC-regio */
                                region_name?: string | null;
                                /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                municipality?: string | number | (never | null);
                                /** @description Gemeente */
                                municipality_name?: string | null;
                                /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                labour_market_region?: string | number | (never | null);
                                /** @description Naam arbeidsmarktregio */
                                labour_market_region_name?: string | null;
                                /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                institution?: string | number | (never | null);
                                /** @description Instelling */
                                institution_name?: string | null;
                                /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                location?: string | number | (never | null);
                                /** @description Naam vestiging */
                                location_name?: string | null;
                                /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                programme?: string | number | (never | null);
                                /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                vo_mbo?: string | number | (never | null);
                                /** @description Sector (uitsplitsing sector; null: onbekend) */
                                sector?: string | number | (never | null);
                                /** @description Niveau (uitsplitsing level; null: onbekend) */
                                level?: string | number | (never | null);
                                /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                education_type?: string | number | (never | null);
                                /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                leerweg?: string | number | (never | null);
                                /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                grade?: string | number | (never | null);
                                /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                age?: string | number | (never | null);
                                /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                age_group?: string | number | (never | null);
                                /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                sex?: string | number | (never | null);
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                previous_teljaar: string | null;
                                /** @description Fase van de cijfers van het vorige teljaar */
                                previous_stage: string | null;
                                /** @description Startpopulatie in het vorige teljaar */
                                previous_start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                previous_vsv: number | null;
                                /** @description Vsv-percentage in het vorige teljaar */
                                previous_vsv_pct: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                change: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                change_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                            /** @description mbo: de norm per niveau (null: geen mbo of geen normen voor het teljaar) */
                            norms: {
                                /** @description mbo-niveau */
                                level: string;
                                /** @description Norm: hoogstens dit vsv-percentage */
                                norm: number;
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Voldoet de instelling aan de norm? (null: onbekend, het percentage is afgeschermd) */
                                norm_met: boolean | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[] | null;
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/institutions/{brin}/locations/{location}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén vestiging van een instelling: het cijfer, de reeks en de uitsplitsingen
         * @description De vestigingscode staat in de `locations` van /institutions/{brin}.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatst berekende)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar) */
                    definition?: 23 | 27;
                    /** @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is */
                    stage?: "preliminary" | "definitive";
                };
                header?: never;
                path: {
                    /**
                     * @description BRIN, bijvoorbeeld 27GZ
                     * @example 27GZ
                     */
                    brin: string;
                    /**
                     * @description Vestigingscode, bijvoorbeeld 27GZ00
                     * @example 27GZ00
                     */
                    location: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De vestiging */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Vestigingscode */
                            code: string;
                            /** @description Naam van de vestiging */
                            name: string;
                            institution: {
                                /** @description Code */
                                code: string;
                                /** @description Naam */
                                name: string;
                            };
                            /** @description Gemeente van de vestiging (CBS-code) */
                            municipality: string;
                            /** @description Teljaar, bijvoorbeeld 2023-2024 */
                            teljaar: string;
                            /**
                             * @description Leeftijdsgrens: jonger dan 23 of 27
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /**
                             * @description Fase: preliminary (voorlopig) of definitive (definitief)
                             * @enum {string}
                             */
                            stage: "preliminary" | "definitive";
                            /** @description Het cijfer van het gebied in het gekozen teljaar */
                            figure: {
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                previous_teljaar: string | null;
                                /** @description Fase van de cijfers van het vorige teljaar */
                                previous_stage: string | null;
                                /** @description Startpopulatie in het vorige teljaar */
                                previous_start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                previous_vsv: number | null;
                                /** @description Vsv-percentage in het vorige teljaar */
                                previous_vsv_pct: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                change: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                change_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            } | null;
                            /** @description Het gebied in elk berekend teljaar (standaardfase) */
                            series: {
                                /** @description Teljaar, bijvoorbeeld 2023-2024 */
                                teljaar: string;
                                /** @description Fase van de cijfers van dat teljaar */
                                stage: string;
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                            /** @description Uitsplitsingen van het gebied */
                            breakdowns: {
                                /** @description Het gebied uitgesplitst naar level (alleen als die uitsplitsing gepubliceerd wordt) */
                                level?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar leerweg (alleen als die uitsplitsing gepubliceerd wordt) */
                                leerweg?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar age_group (alleen als die uitsplitsing gepubliceerd wordt) */
                                age_group?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar sector (alleen als die uitsplitsing gepubliceerd wordt) */
                                sector?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                                /** @description Het gebied uitgesplitst naar vo_mbo (alleen als die uitsplitsing gepubliceerd wordt) */
                                vo_mbo?: {
                                    /** @description RMC-regio (uitsplitsing region; null: onbekend) */
                                    region?: string | number | (never | null);
                                    /** @description Naam RMC-regio */
                                    region_name?: string | null;
                                    /** @description Gemeentecode (uitsplitsing municipality; null: onbekend) */
                                    municipality?: string | number | (never | null);
                                    /** @description Gemeente */
                                    municipality_name?: string | null;
                                    /** @description Arbeidsmarktregio (uitsplitsing labour_market_region; null: onbekend) */
                                    labour_market_region?: string | number | (never | null);
                                    /** @description Naam arbeidsmarktregio */
                                    labour_market_region_name?: string | null;
                                    /** @description BRIN (uitsplitsing institution; null: onbekend) */
                                    institution?: string | number | (never | null);
                                    /** @description Instelling */
                                    institution_name?: string | null;
                                    /** @description Vestiging (uitsplitsing location; null: onbekend) */
                                    location?: string | number | (never | null);
                                    /** @description Naam vestiging */
                                    location_name?: string | null;
                                    /** @description Opleidingscode (uitsplitsing programme; null: onbekend) */
                                    programme?: string | number | (never | null);
                                    /** @description Vo of mbo (uitsplitsing vo_mbo; null: onbekend) */
                                    vo_mbo?: string | number | (never | null);
                                    /** @description Sector (uitsplitsing sector; null: onbekend) */
                                    sector?: string | number | (never | null);
                                    /** @description Niveau (uitsplitsing level; null: onbekend) */
                                    level?: string | number | (never | null);
                                    /** @description Onderwijssoort (uitsplitsing education_type; null: onbekend) */
                                    education_type?: string | number | (never | null);
                                    /** @description Leerweg (uitsplitsing leerweg; null: onbekend) */
                                    leerweg?: string | number | (never | null);
                                    /** @description Leerjaar (uitsplitsing grade; null: onbekend) */
                                    grade?: string | number | (never | null);
                                    /** @description Leeftijd (uitsplitsing age; null: onbekend) */
                                    age?: string | number | (never | null);
                                    /** @description Leeftijdsgroep (uitsplitsing age_group; null: onbekend) */
                                    age_group?: string | number | (never | null);
                                    /** @description Geslacht (uitsplitsing sex; null: onbekend) */
                                    sex?: string | number | (never | null);
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Het vorige teljaar waarmee vergeleken is (null: niet berekend of niet gepubliceerd) */
                                    previous_teljaar: string | null;
                                    /** @description Fase van de cijfers van het vorige teljaar */
                                    previous_stage: string | null;
                                    /** @description Startpopulatie in het vorige teljaar */
                                    previous_start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers in het vorige teljaar */
                                    previous_vsv: number | null;
                                    /** @description Vsv-percentage in het vorige teljaar */
                                    previous_vsv_pct: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                    change: number | null;
                                    /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                    change_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                            };
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Regio's, gemeenten, instellingen of vestigingen naast elkaar over de teljaren
         * @description Per gekozen code de reeks van het gebied in elk berekend teljaar van `from` tot en met `to` (standaardfase).
         */
        get: {
            parameters: {
                query: {
                    kind: "region" | "municipality" | "institution" | "location";
                    /**
                     * @description Codes, gescheiden door komma's (hoogstens 10), bijvoorbeeld 28,13
                     * @example 28,13
                     */
                    codes: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het laatste teljaar) */
                    definition?: 23 | 27;
                    /**
                     * @description Eerste teljaar (standaard: het eerste berekende)
                     * @example 2019-2020
                     */
                    from?: string;
                    /**
                     * @description Laatste teljaar (standaard: het laatst berekende)
                     * @example 2023-2024
                     */
                    to?: string;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De reeksen naast elkaar */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "region" | "municipality" | "institution" | "location";
                            /**
                             * @description Leeftijdsgrens: jonger dan 23 of 27
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /** @description Teljaar, bijvoorbeeld 2023-2024 */
                            from: string;
                            /** @description Teljaar, bijvoorbeeld 2023-2024 */
                            to: string;
                            items: {
                                /** @description Code */
                                code: string;
                                /** @description Naam */
                                name: string;
                                series: {
                                    /** @description Teljaar, bijvoorbeeld 2023-2024 */
                                    teljaar: string;
                                    /** @description Fase van de cijfers van dat teljaar */
                                    stage: string;
                                    /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                    start_population: number | null;
                                    /** @description Aantal nieuwe vsv'ers */
                                    vsv: number | null;
                                    /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                    vsv_pct: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rankings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ranglijst van regio's, gemeenten of instellingen; afgeschermde waarden staan achteraan
         * @description Gesorteerd op `sort` in de volgorde `order`; een afgeschermde waarde heeft geen plaats (`rank` null) en staat achteraan. Ook als CSV of Excel te downloaden.
         */
        get: {
            parameters: {
                query: {
                    kind: "region" | "municipality" | "institution";
                    /**
                     * @description Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatst berekende)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar) */
                    definition?: 23 | 27;
                    /** @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is */
                    stage?: "preliminary" | "definitive";
                    /** @description Sorteren op vsv-percentage (standaard), aantal of verschil */
                    sort?: "vsv_pct" | "vsv" | "change";
                    /** @description Oplopend of aflopend (standaard) */
                    order?: "asc" | "desc";
                    /** @description Hoogstens zoveel rijen (standaard: alle) */
                    limit?: number;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De ranglijst */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "region" | "municipality" | "institution";
                            /** @description Teljaar, bijvoorbeeld 2023-2024 */
                            teljaar: string;
                            /**
                             * @description Leeftijdsgrens: jonger dan 23 of 27
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /**
                             * @description Fase: preliminary (voorlopig) of definitive (definitief)
                             * @enum {string}
                             */
                            stage: "preliminary" | "definitive";
                            /**
                             * @description Sorteren op vsv-percentage (standaard), aantal of verschil
                             * @enum {string}
                             */
                            sort: "vsv_pct" | "vsv" | "change";
                            /**
                             * @description Oplopend of aflopend (standaard)
                             * @enum {string}
                             */
                            order: "asc" | "desc";
                            rows: {
                                /** @description Plaats (null: de waarde is afgeschermd; die rijen staan achteraan) */
                                rank: number | null;
                                /** @description Code */
                                code: string;
                                /** @description Naam */
                                name: string | null;
                                /** @description Startpopulatie: jongeren in het onderwijs zonder startkwalificatie op 1 oktober */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Nieuwe vsv'ers als percentage van de startpopulatie */
                                vsv_pct: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar */
                                change: number | null;
                                /** @description Verschil in aantal nieuwe vsv'ers met het vorige teljaar, als percentage */
                                change_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Landelijke doelen: hoogstens zoveel nieuwe vsv'ers in een jaar
         * @description Uit reference/targets.csv, met de bron van elk doel. Ook als CSV of Excel te downloaden.
         */
        get: {
            parameters: {
                query?: {
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De landelijke doelen */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: {
                                /** @description national */
                                scope: string;
                                /** @description Jaar van het doel */
                                year: number;
                                /** @description Teljaar, bijvoorbeeld 2023-2024 */
                                teljaar: string;
                                /**
                                 * @description Definitie (leeftijdsgrens) van het doel
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                /** @description Hoogstens zoveel nieuwe vsv'ers */
                                target: number;
                                /** @description Bron */
                                source: string;
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/norms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * mbo-normen: het hoogste vsv-percentage per mbo-niveau per teljaar
         * @description Uit reference/mbo-norms.csv, met de bron. Ook als CSV of Excel te downloaden.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Alleen dit teljaar, bijvoorbeeld 2023-2024 (standaard: alle)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De mbo-normen */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Het gekozen teljaar (null: alle) */
                            teljaar: string | null;
                            rows: {
                                /** @description Teljaar, bijvoorbeeld 2023-2024 */
                                teljaar: string;
                                /** @description mbo-niveau */
                                level: string;
                                /** @description Hoogstens dit vsv-percentage */
                                norm: number;
                                /** @description Bron */
                                source: string;
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/geo/{layer}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kaartgeometrie (TopoJSON, WGS84; bron CBS / PDOK)
         * @description De objecten hebben de eigenschappen statcode (MC21, GM0363, AM18) en statnaam. Het antwoord mag een dag bewaard worden.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description De kaartlaag: RMC-regio's, gemeenten of arbeidsmarktregio's */
                    layer: "regions" | "municipalities" | "labour-market-regions";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De kaartlaag als TopoJSON */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            type: "Topology";
                            bbox?: number[];
                            transform?: {
                                scale: number[];
                                translate: number[];
                            };
                            /** @description De lagen; elk object heeft properties statcode (MC21, GM0363, AM18) en statnaam */
                            objects: {
                                [key: string]: unknown;
                            };
                            arcs: number[][][];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De jaarlijkse voortgangsrapportage vsv als getagde (toegankelijke) PDF: landelijke reeks met de doelen, vo en mbo, per regio, per niveau, tegen doelen en normen
         * @description 503 als Chromium, dat de PDF afdrukt, niet op de server staat (of als er nog geen cijfers berekend zijn): de werkmap (report.xlsx) is dan wel beschikbaar.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatst berekende)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar) */
                    definition?: 23 | 27;
                    /** @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is */
                    stage?: "preliminary" | "definitive";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF-bestand, als download */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description PDF niet beschikbaar (Chromium ontbreekt), of nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De jaarlijkse voortgangsrapportage vsv als Excel-werkmap: één blad per tabel van de PDF en een blad Toelichting
         * @description 503 als er nog geen cijfers berekend zijn.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatst berekende)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar) */
                    definition?: 23 | 27;
                    /** @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is */
                    stage?: "preliminary" | "definitive";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description XLSX-bestand, als download */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/norms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prestatienormen per instelling en mbo-niveau of vo-categorie: vsv-percentage, norm, gehaald, en hoeveel vsv'ers minder nodig waren geweest */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatste met definitieve cijfers)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar) */
                    definition?: 23 | 27;
                    /** @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is */
                    stage?: "preliminary" | "definitive";
                    /** @description mbo (normen per niveau, standaard) of vo (normen per categorie) */
                    sector?: "mbo" | "vo";
                    /** @description Alleen deze instelling (BRIN, bijvoorbeeld 27GZ) */
                    institution?: string;
                    /** @description Alleen rijen die hun norm haalden (true) of niet haalden (false); afgeschermde uitkomsten horen bij geen van beide */
                    met?: boolean;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De normen en de rijen per instelling */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            teljaar: string;
                            /**
                             * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /**
                             * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                             * @enum {string}
                             */
                            stage: "preliminary" | "definitive";
                            /** @enum {string} */
                            sector: "mbo" | "vo";
                            norms: {
                                /** @description mbo-niveau (1–4) of vo-categorie */
                                group: string;
                                /** @description Norm: hoogste vsv-percentage */
                                norm: number;
                                /** @description Bron van de norm */
                                source: string;
                            }[];
                            summary: {
                                per_group: {
                                    group: string;
                                    /** @description Naam van het niveau of de categorie */
                                    name: string;
                                    norm: number;
                                    /** @description Aantal instellingen met deze groep */
                                    institutions: number;
                                    /** @description Aantal dat de norm haalde */
                                    met: number;
                                    /** @description Aantal dat de norm niet haalde */
                                    not_met: number;
                                    /** @description Aantal met een afgeschermde uitkomst */
                                    unknown: number;
                                }[];
                                /** @description Aantal instellingen */
                                institutions: number;
                                /** @description Instellingen die al hun normen haalden */
                                meeting_all: number;
                                /** @description Instellingen die minstens één norm niet haalden */
                                not_meeting_all: number;
                                /** @description Instellingen zonder gemiste norm maar met een afgeschermde uitkomst */
                                unknown: number;
                            };
                            rows: {
                                /** @description BRIN van de instelling */
                                institution: string;
                                /** @description Naam van de instelling */
                                name: string | null;
                                /** @description mbo-niveau (alleen sector mbo) */
                                level?: string;
                                /** @description vo-categorie (alleen sector vo) */
                                category?: string;
                                /** @description Startpopulatie */
                                start_population: number | null;
                                /** @description Aantal nieuwe vsv'ers */
                                vsv: number | null;
                                /** @description Vsv-percentage */
                                vsv_pct: number | null;
                                /** @description De norm (hoogste vsv-percentage) */
                                norm: number;
                                /** @description Norm gehaald */
                                met: boolean | null;
                                /** @description Zoveel vsv'ers minder waren nodig geweest om de norm te halen */
                                fewer_needed: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/norms/singled-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mbo-instellingen die de Kamerbrief van 2014 volgens een regel noemt: meer dan 7% en 300 of meer vsv'ers; of meer dan 40% minder vsv'ers dan in het basisteljaar en onder het landelijke percentage */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar, bijvoorbeeld 2023-2024 (standaard: het laatste met definitieve cijfers)
                     * @example 2023-2024
                     */
                    teljaar?: string;
                    /** @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar) */
                    definition?: 23 | 27;
                    /** @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is */
                    stage?: "preliminary" | "definitive";
                    /**
                     * @description Basisteljaar van de daling (standaard: het teljaar ervoor)
                     * @example 2022-2023
                     */
                    base?: string;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De genoemde instellingen */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            teljaar: string;
                            /**
                             * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /**
                             * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                             * @enum {string}
                             */
                            stage: "preliminary" | "definitive";
                            /** @description Basisteljaar van de daling (null: er is geen eerder berekend teljaar) */
                            base_teljaar: string | null;
                            /**
                             * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                             * @enum {string|null}
                             */
                            base_stage: "preliminary" | "definitive" | null;
                            /** @enum {string} */
                            sector: "mbo";
                            national: {
                                /** @description Landelijke startpopulatie mbo */
                                start_population: number | null;
                                /** @description Landelijk aantal vsv'ers mbo */
                                vsv: number | null;
                                /** @description Landelijk vsv-percentage mbo */
                                vsv_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            };
                            /** @description De regels uit de Kamerbrief van 2014 */
                            rules: ({
                                /** @enum {string} */
                                kind: "high_dropout";
                                id: string;
                                /** @description Meer dan dit vsv-percentage */
                                above_pct: number;
                                /** @description Minstens zoveel vsv'ers */
                                min_vsv: number;
                                /** @description En boven het landelijke percentage van de sector */
                                above_national: boolean;
                                description_nl: string;
                                source: string;
                            } | {
                                /** @enum {string} */
                                kind: "best_reducer";
                                id: string;
                                /** @description Meer dan dit percentage minder vsv'ers dan in het basisteljaar */
                                min_reduction_pct: number;
                                /** @description En nu onder het landelijke percentage van de sector */
                                below_national: boolean;
                                description_nl: string;
                                source: string;
                            })[];
                            rows: {
                                institution: string;
                                name: string | null;
                                /** @description Startpopulatie */
                                start_population: number | null;
                                /** @description Aantal vsv'ers */
                                vsv: number | null;
                                /** @description Vsv-percentage */
                                vsv_pct: number | null;
                                /** @description Aantal vsv'ers in het basisteljaar */
                                base_vsv: number | null;
                                /** @description Daling ten opzichte van het basisteljaar (%) */
                                reduction_pct: number | null;
                                /** @description De regels (id) waar de instelling aan voldoet */
                                rules: string[];
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De vsv'ers van een teljaar een jaar later (1 oktober t+2): startkwalificatie behaald, weer in het onderwijs, werkt 12 uur of meer, nog steeds vsv'er
         * @description 404 als geen teljaar gevolgd kan worden (het register reikt nog niet tot 1 oktober t+2). Latere teljaren staan in pending: nog niet bekend, nooit 0%.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar waarvan de vsv'ers of verlaters gevolgd worden (standaard: het laatste dat kan)
                     * @example 2022-2023
                     */
                    teljaar?: string;
                    /** @description region: ook per RMC-regio */
                    by?: "region";
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De vsv'ers een jaar later */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            teljaar: string;
                            /** @description De teljaren die gevolgd kunnen worden */
                            teljaren: string[];
                            /** @description Latere teljaren die nog niet gevolgd kunnen worden */
                            pending: {
                                teljaar: string;
                                /**
                                 * Format: date
                                 * @description Peildatum van de vervolgmeting (nog niet in het register)
                                 */
                                date: string;
                            }[];
                            /**
                             * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /**
                             * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                             * @enum {string}
                             */
                            stage: "preliminary" | "definitive";
                            /**
                             * Format: date
                             * @description Peildatum: 1 oktober van jaar t+2
                             */
                            date: string;
                            /** @description De velden van de situaties, in volgorde */
                            situations: string[];
                            rows: {
                                /** @description NL (landelijk), de code van de regio, of null (onbekend) */
                                code: string | null;
                                /** @description Naam */
                                name: string | null;
                                /** @description Aantal vsv'ers van het teljaar */
                                vsv: number | null;
                                /** @description Startkwalificatie behaald */
                                sk: number | null;
                                /** @description Startkwalificatie behaald (% van de vsv'ers) */
                                sk_pct: number | null;
                                /** @description Weer in het onderwijs */
                                education: number | null;
                                /** @description Weer in het onderwijs (%) */
                                education_pct: number | null;
                                /** @description Werkt 12 uur of meer per week */
                                work: number | null;
                                /** @description Werkt (%) */
                                work_pct: number | null;
                                /** @description Overleden of geëmigreerd */
                                deceased_emigrated: number | null;
                                /** @description Overleden of geëmigreerd (%) */
                                deceased_emigrated_pct: number | null;
                                /** @description Nog steeds vsv'er */
                                still_vsv: number | null;
                                /** @description Nog steeds vsv'er (%) */
                                still_vsv_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                            /** @description Vergelijking met de Kamerbrief van 2014 */
                            reference: {
                                teljaar: string;
                                source: string;
                                shares: {
                                    category: string;
                                    label: string;
                                    /** @description Aandeel in de Kamerbrief van 2014 */
                                    pct: number;
                                    /** @description De situaties die samen deze categorie vormen */
                                    ours: string[];
                                    /** @description Ons aandeel (%) */
                                    ours_pct: number | null;
                                }[];
                            };
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/follow-up/mbo-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mbo-verlaters van een teljaar met en zonder startkwalificatie: hoeveel werken een jaar later 12 uur of meer per week */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar waarvan de vsv'ers of verlaters gevolgd worden (standaard: het laatste dat kan)
                     * @example 2022-2023
                     */
                    teljaar?: string;
                    /** @description Uitsplitsing: arbeidsmarktregio (standaard), opleiding of niveau */
                    by?: "labour_market_region" | "programme" | "level";
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Mbo-verlaters met werk */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            teljaar: string;
                            /**
                             * Format: date
                             * @description Peildatum van het werk
                             */
                            date: string;
                            /** @enum {string} */
                            by: "labour_market_region" | "programme" | "level";
                            rows: {
                                /** @description NL (landelijk), de code van de regio, of null (onbekend) */
                                code: string | null;
                                /** @description Naam */
                                name: string | null;
                                /** @description Mbo-verlaters */
                                leavers: number | null;
                                /** @description Werkt 12 uur of meer */
                                working: number | null;
                                /** @description Werkt 12 uur of meer, als percentage van de verlaters */
                                working_pct: number | null;
                                /** @description Verlaters met startkwalificatie */
                                with_sk_leavers: number | null;
                                /** @description Met startkwalificatie en werk */
                                with_sk_working: number | null;
                                /** @description Met startkwalificatie en werk, als percentage van de verlaters met startkwalificatie */
                                with_sk_working_pct: number | null;
                                /** @description Verlaters zonder startkwalificatie */
                                without_sk_leavers: number | null;
                                /** @description Zonder startkwalificatie en met werk */
                                without_sk_working: number | null;
                                /** @description Zonder startkwalificatie en met werk, als percentage van de verlaters zonder startkwalificatie */
                                without_sk_working_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/neet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jongeren van 15 tot en met 26 jaar zonder school en zonder werk op 1 oktober van een jaar, landelijk en per RMC-regio */
        get: {
            parameters: {
                query?: {
                    /** @description Jaar van de peildatum 1 oktober (standaard: het laatste beschikbare) */
                    year?: number;
                    /** @description region: ook per RMC-regio */
                    by?: "region";
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Jongeren zonder school en werk */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            /**
                             * Format: date
                             * @description Peildatum 1 oktober
                             */
                            date: string;
                            /** @description De beschikbare jaren */
                            years: number[];
                            rows: {
                                /** @description NL (landelijk), de code van de regio, of null (onbekend) */
                                code: string | null;
                                /** @description Naam */
                                name: string | null;
                                /** @description Jongeren in de leeftijdsgroep */
                                population: number | null;
                                /** @description Zonder school en werk */
                                neet: number | null;
                                /** @description Zonder school en werk, als percentage van de jongeren */
                                neet_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/vulnerable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Jongeren in een kwetsbare positie: leerlingen vso, pro, entree en mbo-2 bol van een teljaar, wie vertrok, en waar de verlaters een jaar later zijn
         * @description De percentages zijn van de verlaters.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar waarvan de vsv'ers of verlaters gevolgd worden (standaard: het laatste dat kan)
                     * @example 2022-2023
                     */
                    teljaar?: string;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Jongeren in een kwetsbare positie */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            teljaar: string;
                            /**
                             * Format: date
                             * @description Peildatum van de vervolgmeting
                             */
                            date: string;
                            rows: {
                                /** @description vso, pro, entree, mbo2_bol of total */
                                group: string;
                                /** @description Leerlingen */
                                pupils: number | null;
                                /** @description Gebleven */
                                stayed: number | null;
                                /** @description Verlaters */
                                leavers: number | null;
                                /** @description In het onderwijs */
                                education: number | null;
                                /** @description In het onderwijs, als percentage van de verlaters */
                                education_pct: number | null;
                                /** @description Aan het werk */
                                work: number | null;
                                /** @description Aan het werk, als percentage van de verlaters */
                                work_pct: number | null;
                                /** @description Geen van beide */
                                neither: number | null;
                                /** @description Geen van beide, als percentage van de verlaters */
                                neither_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vso → mbo: vsv onder entree- en mbo-2-studenten naar herkomst (vso, pro, overig); vmbo → mbo: gediplomeerden vmbo die niet aan het mbo begonnen of het in het eerste jaar verlieten */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description Teljaar waarvan de vsv'ers of verlaters gevolgd worden (standaard: het laatste dat kan)
                     * @example 2022-2023
                     */
                    teljaar?: string;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De overgangen */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            teljaar: string;
                            /**
                             * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            vso_mbo: {
                                /** @description entree, mbo2 of total */
                                level: string;
                                /** @description vso, pro, other of total */
                                origin: string;
                                /** @description Startpopulatie */
                                start_population: number | null;
                                /** @description Aantal vsv'ers */
                                vsv: number | null;
                                /** @description Vsv-percentage */
                                vsv_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                            vmbo_mbo: {
                                /** @description VMBO-GT, VMBO-KB, VMBO-BB of total */
                                vmbo_level: string;
                                /** @description Gediplomeerden vmbo */
                                graduates: number | null;
                                /** @description In het mbo gebleven */
                                mbo_stayed: number | null;
                                /** @description In het mbo gebleven, als percentage van de gediplomeerden */
                                mbo_stayed_pct: number | null;
                                /** @description Het mbo in het eerste jaar verlaten */
                                mbo_left_first_year: number | null;
                                /** @description Het mbo in het eerste jaar verlaten, als percentage van de gediplomeerden */
                                mbo_left_first_year_pct: number | null;
                                /** @description Ander onderwijs */
                                other_education: number | null;
                                /** @description Ander onderwijs, als percentage van de gediplomeerden */
                                other_education_pct: number | null;
                                /** @description Geen onderwijs */
                                no_education: number | null;
                                /** @description Geen onderwijs, als percentage van de gediplomeerden */
                                no_education_pct: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/targets/distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een landelijk doel verdeeld over de RMC-regio's volgens een methode, met het pad van elke regio jaar voor jaar naar het doeljaar
         * @description Regio's waarvan de openbare regiotabel het aantal afschermt, krijgen een gelijk deel van wat de afgeschermde regio's samen hebben; hun doel, pad en afstand worden afgeschermd.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Jaar van het landelijke doel (reference/targets.csv: 2016, 2026, 2030); standaard het laatste referentiedoel */
                    targetYear?: number;
                    /** @description 23 of 27 (standaard: de definitie van het referentiedoel) */
                    definition?: 23 | 27;
                    /**
                     * @description Het teljaar waar de regio's van uitgaan (standaard: het laatst berekende)
                     * @example 2023-2024
                     */
                    baseTeljaar?: string;
                    /** @description proportional (naar rato, standaard), equal_reduction, convergence of manual */
                    method?: "proportional" | "equal_reduction" | "convergence" | "manual";
                    /** @description Het landelijke doel om te verdelen (standaard: het referentiedoel, geschaald als het register niet heel Nederland is) */
                    target?: number;
                    /** @description convergence: het aandeel beste regio's waarvan het percentage de maatstaf is (standaard 0.25) */
                    bestShare?: number;
                    /** @description manual: de doelen van de regio's als regio:doel, bijvoorbeeld 01:120,02:80 (elke regio één keer, samen het landelijke doel) */
                    targets?: string;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De verdeling */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            target_year: number;
                            target_teljaar: string;
                            /**
                             * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            base_teljaar: string;
                            /**
                             * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                             * @enum {string}
                             */
                            base_stage: "preliminary" | "definitive";
                            latest_teljaar: string;
                            /**
                             * @description proportional (naar rato, standaard), equal_reduction, convergence of manual
                             * @enum {string}
                             */
                            method: "proportional" | "equal_reduction" | "convergence" | "manual";
                            /** @description De parameters van de methode */
                            parameters: {
                                best_share?: number;
                            };
                            /** @description convergence: het maatstafpercentage */
                            benchmark_pct?: number;
                            /** @description convergence: hoe ver (0–1) elke regio boven de maatstaf ernaartoe beweegt */
                            convergence?: number;
                            national: {
                                /** @description Het landelijke doel */
                                target: number;
                                /** @description Het referentiedoel */
                                reference_target: number | null;
                                /**
                                 * @description Opgegeven, het referentiedoel, of het referentiedoel geschaald naar de grootte van het register
                                 * @enum {string}
                                 */
                                target_source: "given" | "reference" | "reference_scaled";
                                /** @description Schaal van het register (null: niet geschaald) */
                                scale: number | null;
                                /** @description De teljaren waarop de schaal is berekend */
                                scaled_on: string[];
                                /** @description Huidig aantal vsv'ers */
                                current: number;
                                /** @description Benodigde daling */
                                reduction: number;
                                reduction_pct: number | null;
                                path: {
                                    /** @description Kalenderjaar (eindjaar van het teljaar) */
                                    year: number;
                                    teljaar: string;
                                    /** @description Het doel in dat teljaar */
                                    target: number;
                                }[];
                                gap: {
                                    teljaar: string;
                                    /** @description Waarde van het pad in dat teljaar */
                                    path: number;
                                    /** @description Werkelijk aantal vsv'ers */
                                    actual: number;
                                    /** @description Werkelijk min pad: boven 0 zijn er meer vsv'ers dan het pad toestaat */
                                    gap: number;
                                    /** @description Op koers */
                                    on_track: boolean;
                                } | null;
                            };
                            rows: {
                                /** @description RMC-regio */
                                region: string;
                                name: string | null;
                                /** @description Startpopulatie in het basisteljaar */
                                start_population: number | null;
                                /** @description Aantal vsv'ers in het basisteljaar */
                                vsv: number | null;
                                /** @description Vsv-percentage in het basisteljaar */
                                vsv_pct: number | null;
                                /** @description Het doel van de regio */
                                target: number | null;
                                /** @description Het doel als percentage van de startpopulatie */
                                target_pct: number | null;
                                /** @description Benodigde daling */
                                reduction: number | null;
                                /** @description Benodigde daling (%) */
                                reduction_pct: number | null;
                                trajectory: {
                                    /** @description Kalenderjaar (eindjaar van het teljaar) */
                                    year: number;
                                    teljaar: string;
                                    /** @description Het doel in dat teljaar */
                                    target: number;
                                }[] | null;
                                gap: {
                                    teljaar: string;
                                    /** @description Waarde van het pad in dat teljaar */
                                    path: number;
                                    /** @description Werkelijk aantal vsv'ers */
                                    actual: number;
                                    /** @description Werkelijk min pad: boven 0 zijn er meer vsv'ers dan het pad toestaat */
                                    gap: number;
                                    /** @description Op koers */
                                    on_track: boolean;
                                } | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/targets/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De afstand van elke regio tot haar pad in het laatst berekende teljaar: het pad van het vastgestelde plan, of de standaardverdeling naar rato als er geen is vastgesteld */
        get: {
            parameters: {
                query?: {
                    /** @description Jaar van het landelijke doel (reference/targets.csv: 2016, 2026, 2030); standaard het laatste referentiedoel */
                    targetYear?: number;
                    /** @description 23 of 27 (standaard: de definitie van het referentiedoel) */
                    definition?: 23 | 27;
                    /** @description Het landelijke doel om te verdelen (standaard: het referentiedoel, geschaald als het register niet heel Nederland is) */
                    target?: number;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De afstand tot het pad */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: {
                                /**
                                 * @description Het vastgestelde plan, of de standaardverdeling naar rato
                                 * @enum {string}
                                 */
                                source: "adopted" | "default_proportional";
                                id: number | null;
                                name: string | null;
                                /**
                                 * @description proportional (naar rato, standaard), equal_reduction, convergence of manual
                                 * @enum {string}
                                 */
                                method: "proportional" | "equal_reduction" | "convergence" | "manual";
                                base_teljaar: string;
                                national_target: number;
                                /** Format: date-time */
                                adopted_at: string | null;
                            };
                            target_year: number;
                            /**
                             * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            /** @description Het laatst berekende teljaar */
                            teljaar: string;
                            national: {
                                path: {
                                    /** @description Kalenderjaar (eindjaar van het teljaar) */
                                    year: number;
                                    teljaar: string;
                                    /** @description Het doel in dat teljaar */
                                    target: number;
                                }[];
                                actual: number | null;
                                gap: number | null;
                                on_track: boolean | null;
                            };
                            rows: {
                                region: string;
                                name: string | null;
                                /** @description Waarde van het pad */
                                path: number | null;
                                /** @description Werkelijk aantal vsv'ers */
                                actual: number | null;
                                /** @description Werkelijk min pad */
                                gap: number | null;
                                /** @description Op koers */
                                on_track: boolean | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/projection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projectie van het landelijke aantal nieuwe vsv'ers uit de trend van de laatste teljaren (kleinste kwadraten), met 80%- en 95%-voorspellingsintervallen en een oordeel tegen het doel */
        get: {
            parameters: {
                query?: {
                    /** @description Jaar van het landelijke doel (reference/targets.csv: 2016, 2026, 2030); standaard het laatste referentiedoel */
                    targetYear?: number;
                    /** @description 23 of 27 (standaard: de definitie van het referentiedoel) */
                    definition?: 23 | 27;
                    /** @description Het landelijke doel om te verdelen (standaard: het referentiedoel, geschaald als het register niet heel Nederland is) */
                    target?: number;
                    /** @description json (standaard), csv (Nederlandse Excel), csv-machine of xlsx (een download); Accept: text/csv werkt ook */
                    format?: "json" | "csv" | "csv-machine" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De projectie */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            target: {
                                year: number;
                                teljaar: string;
                                /** @description Het landelijke doel */
                                value: number;
                                /**
                                 * @description Opgegeven, het referentiedoel, of het referentiedoel geschaald naar de grootte van het register
                                 * @enum {string}
                                 */
                                source: "given" | "reference" | "reference_scaled";
                                reference: number | null;
                            };
                            series: {
                                teljaar: string;
                                /**
                                 * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                 * @enum {string}
                                 */
                                stage: "preliminary" | "definitive";
                                /** @description Landelijk aantal vsv'ers (null: klein aantal) */
                                vsv: number | null;
                            }[];
                            /** @description De trendlijn (kleinste kwadraten) */
                            fit: {
                                from: string;
                                to: string;
                                n: number;
                                slope: number;
                                intercept: number;
                                residual_sd: number;
                            };
                            fitted: {
                                teljaar: string;
                                value: number;
                            }[];
                            projections: {
                                year: number;
                                teljaar: string;
                                /** @description Voorspeld aantal vsv'ers */
                                value: number;
                                /** @description Ondergrens 80%-voorspellingsinterval */
                                pi80_low: number;
                                /** @description Bovengrens 80%-voorspellingsinterval */
                                pi80_high: number;
                                /** @description Ondergrens 95%-voorspellingsinterval */
                                pi95_low: number;
                                /** @description Bovengrens 95%-voorspellingsinterval */
                                pi95_high: number;
                            }[];
                            /** @description De voorspelling in het doeljaar */
                            at_target: {
                                value: number;
                                /** @description Ondergrens 80%-voorspellingsinterval */
                                pi80_low: number;
                                /** @description Bovengrens 80%-voorspellingsinterval */
                                pi80_high: number;
                                /** @description Ondergrens 95%-voorspellingsinterval */
                                pi95_low: number;
                                /** @description Bovengrens 95%-voorspellingsinterval */
                                pi95_high: number;
                            };
                            /**
                             * @description Waarschijnlijk gehaald, waarschijnlijk niet gehaald, of onzeker
                             * @enum {string}
                             */
                            verdict: "likely_met" | "likely_not_met" | "uncertain";
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/target-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Opgeslagen regionale doelenplannen, nieuwste eerst (doelen van regio's met een klein basisaantal afgeschermd) */
        get: {
            parameters: {
                query?: {
                    /** @description Alleen plannen voor dit doeljaar */
                    targetYear?: number;
                    /** @description Alleen plannen onder deze definitie */
                    definition?: 23 | 27;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De plannen */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: {
                                id: number;
                                name: string;
                                /**
                                 * @description proportional (naar rato, standaard), equal_reduction, convergence of manual
                                 * @enum {string}
                                 */
                                method: "proportional" | "equal_reduction" | "convergence" | "manual";
                                /** @description De parameters van de methode */
                                parameters: {
                                    best_share?: number;
                                };
                                /** @description Het landelijke doel */
                                national_target: number;
                                target_year: number;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                base_teljaar: string;
                                /**
                                 * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                 * @enum {string}
                                 */
                                base_stage: "preliminary" | "definitive";
                                /** @description Account dat het plan opsloeg */
                                created_by: number | null;
                                /** Format: date-time */
                                created_at: string;
                                /** @description Vastgesteld */
                                adopted: boolean;
                                adopted_by: number | null;
                                /** Format: date-time */
                                adopted_at: string | null;
                                regions: {
                                    region: string;
                                    /** @description Aantal vsv'ers in het basisteljaar (null: afgeschermd) */
                                    base_count: number | null;
                                    /** @description Startpopulatie in het basisteljaar (null: afgeschermd) */
                                    start_population: number | null;
                                    /** @description Het doel van de regio (null: afgeschermd) */
                                    target: number | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Een regionaal doelenplan opslaan, door de server verdeeld op basis van de huidige cijfers (landelijk analisten) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Naam van het plan */
                        name?: string;
                        /** @description Jaar van het landelijke doel (reference/targets.csv: 2016, 2026, 2030); standaard het laatste referentiedoel */
                        targetYear?: number;
                        /**
                         * @description 23 of 27 (standaard: de definitie van het referentiedoel)
                         * @enum {integer}
                         */
                        definition?: 23 | 27;
                        /**
                         * @description Het teljaar waar de regio's van uitgaan (standaard: het laatst berekende)
                         * @example 2023-2024
                         */
                        baseTeljaar?: string;
                        /**
                         * @description proportional (naar rato, standaard), equal_reduction, convergence of manual
                         * @enum {string}
                         */
                        method: "proportional" | "equal_reduction" | "convergence" | "manual";
                        /** @description Het landelijke doel om te verdelen (standaard: het referentiedoel, geschaald als het register niet heel Nederland is) */
                        target?: number;
                        /** @description convergence: het aandeel beste regio's waarvan het percentage de maatstaf is (standaard 0.25) */
                        bestShare?: number;
                        /** @description manual: {"01": 120, "02": 80, …}, elke regio één keer, samen het landelijke doel */
                        targets?: {
                            [key: string]: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Het opgeslagen plan */
                201: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /**
                             * @description proportional (naar rato, standaard), equal_reduction, convergence of manual
                             * @enum {string}
                             */
                            method: "proportional" | "equal_reduction" | "convergence" | "manual";
                            /** @description De parameters van de methode */
                            parameters: {
                                best_share?: number;
                            };
                            /** @description Het landelijke doel */
                            national_target: number;
                            target_year: number;
                            /**
                             * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            base_teljaar: string;
                            /**
                             * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                             * @enum {string}
                             */
                            base_stage: "preliminary" | "definitive";
                            /** @description Account dat het plan opsloeg */
                            created_by: number | null;
                            /** Format: date-time */
                            created_at: string;
                            /** @description Vastgesteld */
                            adopted: boolean;
                            adopted_by: number | null;
                            /** Format: date-time */
                            adopted_at: string | null;
                            regions: {
                                region: string;
                                /** @description Aantal vsv'ers in het basisteljaar (null: afgeschermd) */
                                base_count: number | null;
                                /** @description Startpopulatie in het basisteljaar (null: afgeschermd) */
                                start_population: number | null;
                                /** @description Het doel van de regio (null: afgeschermd) */
                                target: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Nog geen cijfers berekend */
                503: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle regionale programma's: regio, periode, status, gemaakte afspraken, maatregelen en hun begroting; en de perioden waarvoor nu een programma gestart kan worden */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De programma's */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                region: string;
                                region_name: string;
                                period: string;
                                /** @enum {string} */
                                status: "draft" | "adopted" | "running" | "finished";
                                /** @description De status in woorden */
                                status_label: string;
                                summary: string;
                                pupils_in_belgium: number;
                                /** @description Stuur deze mee met een wijziging */
                                version: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                                /** @description Aantal verplichte thema's */
                                topics_total: number;
                                /** @description Aantal thema's met een afspraak */
                                topics_agreed: number;
                                /** @description Aantal maatregelen */
                                measures: number;
                                /** @description Begroting van de maatregelen (euro per jaar) */
                                measures_budget_eur: number;
                            }[];
                            /** @description De huidige programmaperiode */
                            current_period: string;
                            /** @description De perioden waarvoor nu een programma gestart kan worden (de eerste is de huidige) */
                            start_periods: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/programmes/{region}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het programma van een regio: partijen, afspraken per verplicht thema, maatregelen, begroting, streefdoel, indicatoren en geschiedenis */
        get: {
            parameters: {
                query?: {
                    /** @description Programmaperiode, bijvoorbeeld 2025-2028 (standaard: de laatste van de regio) */
                    period?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description RMC-/Doorstroompuntregio 01-41
                     * @example 29
                     */
                    region: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Het programma */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programme: {
                                id: number;
                                region: string;
                                region_name: string;
                                period: string;
                                /** @enum {string} */
                                status: "draft" | "adopted" | "running" | "finished";
                                /** @description De status in woorden */
                                status_label: string;
                                summary: string;
                                pupils_in_belgium: number;
                                /** @description Stuur deze mee met een wijziging */
                                version: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            parties: {
                                /** @enum {string} */
                                role: "contact_school" | "contact_municipality" | "central_municipality";
                                role_label: string;
                                code: string;
                                name: string;
                            }[];
                            topics: {
                                code: string;
                                title: string;
                                description: string;
                                source: string;
                                agreement: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            measures: {
                                id: number;
                                name: string;
                                target_group: string;
                                topic: string | null;
                                budget_eur: number;
                                /** @enum {string} */
                                status: "planned" | "running" | "done" | "stopped";
                                status_label: string;
                            }[];
                            budget_lines: {
                                id: number;
                                year: number;
                                source: string;
                                amount_eur: number;
                            }[];
                            changes: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actor_id: number | null;
                                actor_name: string;
                                /** @description Wat er gewijzigd is */
                                what: string;
                                /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                            periods: string[];
                            budget: {
                                national_total_eur: number;
                                region_vsv: number;
                                national_vsv: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                share_eur: number;
                                pupils_in_belgium: number;
                                belgium_supplement_eur: number;
                                total_eur: number;
                                /** @description De verdeelsleutel */
                                key: string;
                            } | null;
                            target: ({
                                /** @enum {string} */
                                kind: "adopted_plan";
                                plan_id: number;
                                plan_name: string;
                                national_target: number;
                                target_year: number;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            } | {
                                /** @enum {string} */
                                kind: "proportional_share";
                                /** @description Het landelijke doel, geschaald naar het register */
                                national_target: number;
                                /** @description Het referentiedoel */
                                reference_national_target: number;
                                target_year: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            }) | (never | null);
                            indicators: {
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                /**
                                 * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                 * @enum {string}
                                 */
                                stage: "preliminary" | "definitive";
                                start_population: number | null;
                                vsv: number | null;
                                vsv_pct: number | null;
                                change: number | null;
                                change_pct: number | null;
                                previous_teljaar: string | null;
                                /** @description preliminary of definitive */
                                previous_stage: string | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                                national_vsv: number | null;
                                national_vsv_pct: number | null;
                            } | null;
                            /** @description Waarom er geen cijfers bij staan */
                            figures_unavailable: string | null;
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Het programma van de regio starten voor een periode (coördinator van de regio): standaardpartijen, elk verplicht thema zonder afspraak, status concept
         * @description Standaardperiode: de huidige (perioden van vier jaar vanaf 2025-2028). 409 als de regio al een programma voor de periode heeft: wijzig dat.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description RMC-/Doorstroompuntregio 01-41
                     * @example 29
                     */
                    region: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Programmaperiode, bijvoorbeeld 2025-2028 (standaard: de huidige periode) */
                        period?: string;
                        /** @description Samenvatting */
                        summary?: string;
                    };
                };
            };
            responses: {
                /** @description Het gestarte programma */
                201: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programme: {
                                id: number;
                                region: string;
                                region_name: string;
                                period: string;
                                /** @enum {string} */
                                status: "draft" | "adopted" | "running" | "finished";
                                /** @description De status in woorden */
                                status_label: string;
                                summary: string;
                                pupils_in_belgium: number;
                                /** @description Stuur deze mee met een wijziging */
                                version: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            parties: {
                                /** @enum {string} */
                                role: "contact_school" | "contact_municipality" | "central_municipality";
                                role_label: string;
                                code: string;
                                name: string;
                            }[];
                            topics: {
                                code: string;
                                title: string;
                                description: string;
                                source: string;
                                agreement: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            measures: {
                                id: number;
                                name: string;
                                target_group: string;
                                topic: string | null;
                                budget_eur: number;
                                /** @enum {string} */
                                status: "planned" | "running" | "done" | "stopped";
                                status_label: string;
                            }[];
                            budget_lines: {
                                id: number;
                                year: number;
                                source: string;
                                amount_eur: number;
                            }[];
                            changes: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actor_id: number | null;
                                actor_name: string;
                                /** @description Wat er gewijzigd is */
                                what: string;
                                /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                            periods: string[];
                            budget: {
                                national_total_eur: number;
                                region_vsv: number;
                                national_vsv: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                share_eur: number;
                                pupils_in_belgium: number;
                                belgium_supplement_eur: number;
                                total_eur: number;
                                /** @description De verdeelsleutel */
                                key: string;
                            } | null;
                            target: ({
                                /** @enum {string} */
                                kind: "adopted_plan";
                                plan_id: number;
                                plan_name: string;
                                national_target: number;
                                target_year: number;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            } | {
                                /** @enum {string} */
                                kind: "proportional_share";
                                /** @description Het landelijke doel, geschaald naar het register */
                                national_target: number;
                                /** @description Het referentiedoel */
                                reference_national_target: number;
                                target_year: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            }) | (never | null);
                            indicators: {
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                /**
                                 * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                 * @enum {string}
                                 */
                                stage: "preliminary" | "definitive";
                                start_population: number | null;
                                vsv: number | null;
                                vsv_pct: number | null;
                                change: number | null;
                                change_pct: number | null;
                                previous_teljaar: string | null;
                                /** @description preliminary of definitive */
                                previous_stage: string | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                                national_vsv: number | null;
                                national_vsv_pct: number | null;
                            } | null;
                            /** @description Waarom er geen cijfers bij staan */
                            figures_unavailable: string | null;
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Intussen gewijzigd door iemand anders (met de huidige versie en stand), of bestaat al */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie */
                            current_version?: number;
                            programme?: {
                                programme: {
                                    id: number;
                                    region: string;
                                    region_name: string;
                                    period: string;
                                    /** @enum {string} */
                                    status: "draft" | "adopted" | "running" | "finished";
                                    /** @description De status in woorden */
                                    status_label: string;
                                    summary: string;
                                    pupils_in_belgium: number;
                                    /** @description Stuur deze mee met een wijziging */
                                    version: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                };
                                parties: {
                                    /** @enum {string} */
                                    role: "contact_school" | "contact_municipality" | "central_municipality";
                                    role_label: string;
                                    code: string;
                                    name: string;
                                }[];
                                topics: {
                                    code: string;
                                    title: string;
                                    description: string;
                                    source: string;
                                    agreement: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                measures: {
                                    id: number;
                                    name: string;
                                    target_group: string;
                                    topic: string | null;
                                    budget_eur: number;
                                    /** @enum {string} */
                                    status: "planned" | "running" | "done" | "stopped";
                                    status_label: string;
                                }[];
                                budget_lines: {
                                    id: number;
                                    year: number;
                                    source: string;
                                    amount_eur: number;
                                }[];
                                changes: {
                                    id: number;
                                    /** Format: date-time */
                                    at: string;
                                    actor_id: number | null;
                                    actor_name: string;
                                    /** @description Wat er gewijzigd is */
                                    what: string;
                                    /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                                periods: string[];
                                budget: {
                                    national_total_eur: number;
                                    region_vsv: number;
                                    national_vsv: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    share_eur: number;
                                    pupils_in_belgium: number;
                                    belgium_supplement_eur: number;
                                    total_eur: number;
                                    /** @description De verdeelsleutel */
                                    key: string;
                                } | null;
                                target: ({
                                    /** @enum {string} */
                                    kind: "adopted_plan";
                                    plan_id: number;
                                    plan_name: string;
                                    national_target: number;
                                    target_year: number;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "proportional_share";
                                    /** @description Het landelijke doel, geschaald naar het register */
                                    national_target: number;
                                    /** @description Het referentiedoel */
                                    reference_national_target: number;
                                    target_year: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                }) | (never | null);
                                indicators: {
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    /**
                                     * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                     * @enum {string}
                                     */
                                    stage: "preliminary" | "definitive";
                                    start_population: number | null;
                                    vsv: number | null;
                                    vsv_pct: number | null;
                                    change: number | null;
                                    change_pct: number | null;
                                    previous_teljaar: string | null;
                                    /** @description preliminary of definitive */
                                    previous_stage: string | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                    national_vsv: number | null;
                                    national_vsv_pct: number | null;
                                } | null;
                                /** @description Waarom er geen cijfers bij staan */
                                figures_unavailable: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Het programma wijzigen (coördinator van de regio): de status, samenvatting, leerlingen die in België naar school gaan, de afspraak over één thema, of één partij
         * @description Stuur één van: {status, summary, pupils_in_belgium} (elk ervan); {topic, agreement}; {party}. Elke wijziging komt in de geschiedenis.
         */
        patch: {
            parameters: {
                query?: {
                    /** @description Programmaperiode, bijvoorbeeld 2025-2028 (standaard: de laatste van de regio) */
                    period?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description RMC-/Doorstroompuntregio 01-41
                     * @example 29
                     */
                    region: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description De versie die u las (optimistische gelijktijdigheid): 409 met de huidige als die intussen gewijzigd is */
                        version: number;
                        /** @enum {string} */
                        status?: "draft" | "adopted" | "running" | "finished";
                        summary?: string;
                        /** @description Inwoners die in België naar school gaan */
                        pupils_in_belgium?: number;
                        /** @description Code van een verplicht thema */
                        topic?: string;
                        /** @description De afspraak over het thema */
                        agreement?: string;
                        party?: {
                            /** @enum {string} */
                            role: "contact_school" | "contact_municipality" | "central_municipality";
                            code: string;
                            name: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Het programma na de wijziging */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programme: {
                                id: number;
                                region: string;
                                region_name: string;
                                period: string;
                                /** @enum {string} */
                                status: "draft" | "adopted" | "running" | "finished";
                                /** @description De status in woorden */
                                status_label: string;
                                summary: string;
                                pupils_in_belgium: number;
                                /** @description Stuur deze mee met een wijziging */
                                version: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            parties: {
                                /** @enum {string} */
                                role: "contact_school" | "contact_municipality" | "central_municipality";
                                role_label: string;
                                code: string;
                                name: string;
                            }[];
                            topics: {
                                code: string;
                                title: string;
                                description: string;
                                source: string;
                                agreement: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            measures: {
                                id: number;
                                name: string;
                                target_group: string;
                                topic: string | null;
                                budget_eur: number;
                                /** @enum {string} */
                                status: "planned" | "running" | "done" | "stopped";
                                status_label: string;
                            }[];
                            budget_lines: {
                                id: number;
                                year: number;
                                source: string;
                                amount_eur: number;
                            }[];
                            changes: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actor_id: number | null;
                                actor_name: string;
                                /** @description Wat er gewijzigd is */
                                what: string;
                                /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                            periods: string[];
                            budget: {
                                national_total_eur: number;
                                region_vsv: number;
                                national_vsv: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                share_eur: number;
                                pupils_in_belgium: number;
                                belgium_supplement_eur: number;
                                total_eur: number;
                                /** @description De verdeelsleutel */
                                key: string;
                            } | null;
                            target: ({
                                /** @enum {string} */
                                kind: "adopted_plan";
                                plan_id: number;
                                plan_name: string;
                                national_target: number;
                                target_year: number;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            } | {
                                /** @enum {string} */
                                kind: "proportional_share";
                                /** @description Het landelijke doel, geschaald naar het register */
                                national_target: number;
                                /** @description Het referentiedoel */
                                reference_national_target: number;
                                target_year: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            }) | (never | null);
                            indicators: {
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                /**
                                 * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                 * @enum {string}
                                 */
                                stage: "preliminary" | "definitive";
                                start_population: number | null;
                                vsv: number | null;
                                vsv_pct: number | null;
                                change: number | null;
                                change_pct: number | null;
                                previous_teljaar: string | null;
                                /** @description preliminary of definitive */
                                previous_stage: string | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                                national_vsv: number | null;
                                national_vsv_pct: number | null;
                            } | null;
                            /** @description Waarom er geen cijfers bij staan */
                            figures_unavailable: string | null;
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Intussen gewijzigd door iemand anders (met de huidige versie en stand), of bestaat al */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie */
                            current_version?: number;
                            programme?: {
                                programme: {
                                    id: number;
                                    region: string;
                                    region_name: string;
                                    period: string;
                                    /** @enum {string} */
                                    status: "draft" | "adopted" | "running" | "finished";
                                    /** @description De status in woorden */
                                    status_label: string;
                                    summary: string;
                                    pupils_in_belgium: number;
                                    /** @description Stuur deze mee met een wijziging */
                                    version: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                };
                                parties: {
                                    /** @enum {string} */
                                    role: "contact_school" | "contact_municipality" | "central_municipality";
                                    role_label: string;
                                    code: string;
                                    name: string;
                                }[];
                                topics: {
                                    code: string;
                                    title: string;
                                    description: string;
                                    source: string;
                                    agreement: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                measures: {
                                    id: number;
                                    name: string;
                                    target_group: string;
                                    topic: string | null;
                                    budget_eur: number;
                                    /** @enum {string} */
                                    status: "planned" | "running" | "done" | "stopped";
                                    status_label: string;
                                }[];
                                budget_lines: {
                                    id: number;
                                    year: number;
                                    source: string;
                                    amount_eur: number;
                                }[];
                                changes: {
                                    id: number;
                                    /** Format: date-time */
                                    at: string;
                                    actor_id: number | null;
                                    actor_name: string;
                                    /** @description Wat er gewijzigd is */
                                    what: string;
                                    /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                                periods: string[];
                                budget: {
                                    national_total_eur: number;
                                    region_vsv: number;
                                    national_vsv: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    share_eur: number;
                                    pupils_in_belgium: number;
                                    belgium_supplement_eur: number;
                                    total_eur: number;
                                    /** @description De verdeelsleutel */
                                    key: string;
                                } | null;
                                target: ({
                                    /** @enum {string} */
                                    kind: "adopted_plan";
                                    plan_id: number;
                                    plan_name: string;
                                    national_target: number;
                                    target_year: number;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "proportional_share";
                                    /** @description Het landelijke doel, geschaald naar het register */
                                    national_target: number;
                                    /** @description Het referentiedoel */
                                    reference_national_target: number;
                                    target_year: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                }) | (never | null);
                                indicators: {
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    /**
                                     * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                     * @enum {string}
                                     */
                                    stage: "preliminary" | "definitive";
                                    start_population: number | null;
                                    vsv: number | null;
                                    vsv_pct: number | null;
                                    change: number | null;
                                    change_pct: number | null;
                                    previous_teljaar: string | null;
                                    /** @description preliminary of definitive */
                                    previous_stage: string | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                    national_vsv: number | null;
                                    national_vsv_pct: number | null;
                                } | null;
                                /** @description Waarom er geen cijfers bij staan */
                                figures_unavailable: string | null;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/steering/action-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het landelijke actieplan vsv: zes actielijnen, hun acties met status en voortgangsnotities, en het overzicht per lijn */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Het actieplan */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statuses: {
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "done";
                                label: string;
                            }[];
                            totals: {
                                line: number;
                                actions: number;
                                byStatus: {
                                    not_started: number;
                                    in_progress: number;
                                    done: number;
                                };
                                /** @description Aandeel afgeronde acties (0–100) */
                                donePct: number;
                            };
                            lines: {
                                number: number;
                                title: string;
                                progress: {
                                    line: number;
                                    actions: number;
                                    byStatus: {
                                        not_started: number;
                                        in_progress: number;
                                        done: number;
                                    };
                                    /** @description Aandeel afgeronde acties (0–100) */
                                    donePct: number;
                                };
                                actions: {
                                    /** @description Code, bijvoorbeeld 1.2 */
                                    code: string;
                                    line: number;
                                    title: string;
                                    description: string;
                                    /** @enum {string} */
                                    status: "not_started" | "in_progress" | "done";
                                    status_label: string;
                                    indicator: string;
                                    /**
                                     * Format: date
                                     * @description JJJJ-MM-DD
                                     */
                                    started_on: string | null;
                                    /**
                                     * Format: date
                                     * @description JJJJ-MM-DD
                                     */
                                    due_on: string | null;
                                    /**
                                     * Format: date
                                     * @description JJJJ-MM-DD
                                     */
                                    done_on: string | null;
                                    /** @description Stuur deze mee met een wijziging */
                                    version: number;
                                    /** Format: date-time */
                                    updated_at: string;
                                    updated_by: string | null;
                                    notes: {
                                        id: number;
                                        /**
                                         * Format: date
                                         * @description JJJJ-MM-DD
                                         */
                                        noted_on: string;
                                        text: string;
                                        author: string;
                                    }[];
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inloggen met gebruikersnaam en wachtwoord; zet de sessiecookie vsv_session
         * @description De body is JSON (Content-Type: application/json). Een onjuiste gebruikersnaam of een onjuist wachtwoord geeft 401 (hetzelfde antwoord voor beide); te veel mislukte pogingen 429 met Retry-After.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Gebruikersnaam */
                        username: string;
                        /** @description Wachtwoord */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Ingelogd: de gebruiker en het CSRF-token */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                display_name: string;
                                /**
                                 * @description Rol
                                 * @enum {string}
                                 */
                                role: "national_analyst" | "regional_officer" | "regional_coordinator" | "school_user" | "administrator";
                                /** @description De Nederlandse naam van de rol */
                                role_label: string;
                                /** @description RMC-regio's (trajectbegeleiders, coördinatoren) */
                                regions: string[];
                                /** @description BRIN-codes (schoolgebruikers) */
                                institutions: string[];
                            };
                            /** @description Stuur dit mee als header X-CSRF-Token bij elke POST, PATCH, PUT en DELETE */
                            csrf_token: string;
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Inloggen mislukt */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description De body is geen JSON */
                415: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Te veel mislukte inlogpogingen: probeer het later opnieuw (header Retry-After) */
                429: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uitloggen: beëindigt de sessie en wist de cookie (met header X-CSRF-Token) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Uitgelogd */
                204: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description CSRF-token ontbreekt of klopt niet */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De ingelogde gebruiker en het CSRF-token van de sessie; 401 zonder sessie */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De ingelogde gebruiker */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                display_name: string;
                                /**
                                 * @description Rol
                                 * @enum {string}
                                 */
                                role: "national_analyst" | "regional_officer" | "regional_coordinator" | "school_user" | "administrator";
                                /** @description De Nederlandse naam van de rol */
                                role_label: string;
                                /** @description RMC-regio's (trajectbegeleiders, coördinatoren) */
                                regions: string[];
                                /** @description BRIN-codes (schoolgebruikers) */
                                institutions: string[];
                            };
                            /** @description Stuur dit mee als header X-CSRF-Token bij elke POST, PATCH, PUT en DELETE */
                            csrf_token: string;
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts met rol en bereik: alle voor een beheerder, die van de eigen regio's voor een coördinator */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De accounts */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: {
                                id: number;
                                username: string;
                                display_name: string;
                                /**
                                 * @description Rol
                                 * @enum {string}
                                 */
                                role: "national_analyst" | "regional_officer" | "regional_coordinator" | "school_user" | "administrator";
                                /** @description De Nederlandse naam van de rol */
                                role_label: string;
                                /** @description RMC-regio's (trajectbegeleiders, coördinatoren) */
                                regions: string[];
                                /** @description BRIN-codes (schoolgebruikers) */
                                institutions: string[];
                                /** @description Bereik: heel Nederland (landelijk analisten) */
                                national: boolean;
                                /** @description Geblokkeerd */
                                disabled: boolean;
                                /**
                                 * Format: date-time
                                 * @description Sinds wanneer geblokkeerd
                                 */
                                disabled_at: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** @description false voor een account dat alleen via OIDC inlogt */
                                has_password: boolean;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Een account aanmaken (een coördinator: alleen trajectbegeleiders van de eigen regio's)
         * @description Het bereik moet bij de rol passen: regional_officer en regional_coordinator minstens één regio; school_user minstens één school (BRIN); national_analyst en administrator geen (de analist ziet altijd heel Nederland).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Gebruikersnaam */
                        username: string;
                        /** @description Naam zoals anderen die zien */
                        display_name: string;
                        /**
                         * @description Rol
                         * @enum {string}
                         */
                        role: "national_analyst" | "regional_officer" | "regional_coordinator" | "school_user" | "administrator";
                        /** @description RMC-regio's 01-41 (trajectbegeleiders en coördinatoren) */
                        regions?: string[];
                        /** @description BRIN-codes (schoolgebruikers) */
                        institutions?: string[];
                        /** @description Wachtwoord van minstens 12 tekens */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Het nieuwe account */
                201: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            display_name: string;
                            /**
                             * @description Rol
                             * @enum {string}
                             */
                            role: "national_analyst" | "regional_officer" | "regional_coordinator" | "school_user" | "administrator";
                            /** @description De Nederlandse naam van de rol */
                            role_label: string;
                            /** @description RMC-regio's (trajectbegeleiders, coördinatoren) */
                            regions: string[];
                            /** @description BRIN-codes (schoolgebruikers) */
                            institutions: string[];
                            /** @description Bereik: heel Nederland (landelijk analisten) */
                            national: boolean;
                            /** @description Geblokkeerd */
                            disabled: boolean;
                            /**
                             * Format: date-time
                             * @description Sinds wanneer geblokkeerd
                             */
                            disabled_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** @description false voor een account dat alleen via OIDC inlogt */
                            has_password: boolean;
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description De gebruikersnaam bestaat al */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Een account wijzigen: naam, bereik, geblokkeerd, wachtwoord (een coördinator: alleen de eigen trajectbegeleiders blokkeren of deblokkeren)
         * @description Blokkeren of een nieuw wachtwoord beëindigt de sessies van het account.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Account-id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Naam zoals anderen die zien */
                        display_name?: string;
                        /** @description RMC-regio's 01-41 (trajectbegeleiders en coördinatoren) */
                        regions?: string[];
                        /** @description BRIN-codes (schoolgebruikers) */
                        institutions?: string[];
                        /** @description true blokkeert het account (en beëindigt zijn sessies), false deblokkeert */
                        disabled?: boolean;
                        /** @description Wachtwoord van minstens 12 tekens */
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Het gewijzigde account */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            display_name: string;
                            /**
                             * @description Rol
                             * @enum {string}
                             */
                            role: "national_analyst" | "regional_officer" | "regional_coordinator" | "school_user" | "administrator";
                            /** @description De Nederlandse naam van de rol */
                            role_label: string;
                            /** @description RMC-regio's (trajectbegeleiders, coördinatoren) */
                            regions: string[];
                            /** @description BRIN-codes (schoolgebruikers) */
                            institutions: string[];
                            /** @description Bereik: heel Nederland (landelijk analisten) */
                            national: boolean;
                            /** @description Geblokkeerd */
                            disabled: boolean;
                            /**
                             * Format: date-time
                             * @description Sinds wanneer geblokkeerd
                             */
                            disabled_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** @description false voor een account dat alleen via OIDC inlogt */
                            has_password: boolean;
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description U kunt uw eigen account niet blokkeren */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De signaallijst van uw regio('s) of school(s): mogelijke vsv'ers van de laatste rapportagemaand of definitieve vsv'ers
         * @description Trajectbegeleiders en coördinatoren zien de lijsten van hun regio's, schoolgebruikers de regels van hun scholen (zonder dossiers). Elke getoonde persoon wordt gelogd (Logboek dataverwerkingen). Zoeken op naam gaat niet via de URL: gebruik POST /signals/search.
         */
        get: {
            parameters: {
                query?: {
                    /** @description possible: de mogelijke vsv'ers van de laatste rapportagemaand; definitive: de vsv'ers van het laatste teljaar */
                    list?: "possible" | "definitive";
                    /** @description RMC-regio 01-41 (een van de uwe) */
                    region?: string;
                    /** @description BRIN (schoolgebruikers: een van de uwe) */
                    institution?: string;
                    /** @description CBS-code van de woongemeente, bijvoorbeeld 0363 */
                    municipality?: string;
                    /** @description MBO-1 … MBO-4, VMBO, HAVO-VWO, VO-ONDERBOUW, PRO, VSO */
                    level?: string;
                    /** @description true: personen met een contactmoment in hun dossier; false: zonder (niet voor schoolgebruikers) */
                    contacted?: boolean;
                    /** @description last_contact: nooit benaderd eerst, dan het langst geleden (niet voor schoolgebruikers) */
                    sort?: "age" | "-age" | "name" | "-name" | "institution" | "deregistration_date" | "-deregistration_date" | "listed_since" | "last_contact";
                    /** @description Paginanummer (vanaf 1) */
                    page?: number;
                    /** @description Aantal per pagina (hoogstens 500) */
                    pageSize?: number;
                    /** @description csv: alle regels die voldoen (niet één pagina) als download, gelogd als export */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Een pagina van de signaallijst, of met format=csv alle regels als download */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Het laatste teljaar van de regels in uw bereik */
                            teljaar: string | null;
                            /** @description De laatste rapportagemaand */
                            report_month: string | null;
                            /**
                             * @description Bron van de regels; mixed als regio's verschillen
                             * @enum {string|null}
                             */
                            source: "engine" | "duo" | "mixed" | null;
                            /** @description Aantal regels dat aan de filters voldoet */
                            total: number;
                            page: number;
                            page_size: number;
                            items: {
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                /**
                                 * @description possible: mogelijke vsv'ers; definitive: definitieve vsv'ers
                                 * @enum {string}
                                 */
                                list: "possible" | "definitive";
                                /**
                                 * @description engine: berekend; duo: de lijst van DUO
                                 * @enum {string}
                                 */
                                source: "engine" | "duo";
                                teljaar: string;
                                /** @description Rapportagemaand JJJJ-MM (mogelijke vsv'ers) */
                                report_month: string | null;
                                family_name: string | null;
                                given_names: string | null;
                                /**
                                 * Format: date
                                 * @description Geboortedatum
                                 */
                                birth_date: string | null;
                                age: number | null;
                                municipality_code: string | null;
                                municipality_name: string | null;
                                region: string;
                                institution: string | null;
                                institution_name: string | null;
                                /** @description Vestiging of locatie */
                                location: string | null;
                                /** @description Opleidingscode */
                                programme: string | null;
                                programme_name: string | null;
                                level: string | null;
                                leerweg: string | null;
                                /** @description Op de lijst sinds */
                                listed_since: string | null;
                                /**
                                 * Format: date
                                 * @description Datum van uitschrijving
                                 */
                                deregistration_date: string | null;
                                /** @description Reden van uitschrijving */
                                reason: string | null;
                                /** @description Wettelijke verzuimmelding (volgens de bron) */
                                absence_statutory: boolean | null;
                                /** @description Niet-wettelijke verzuimmelding (volgens de bron) */
                                absence_non_statutory: boolean | null;
                                /** @description Verzuimmeldingen vastgelegd voor deze persoon in deze regio */
                                absence_reports: number;
                                /** @description Het dossier van de persoon in de regio van de regel (het open, anders het laatste); null voor schoolgebruikers */
                                case: {
                                    id: number;
                                    /** @enum {string} */
                                    status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                    officer_id: number | null;
                                    officer_name: string | null;
                                    /**
                                     * Format: date
                                     * @description Datum van het laatste contactmoment
                                     */
                                    last_contact_on: string | null;
                                    /**
                                     * Format: date
                                     * @description Uiterste datum van de volgende stap
                                     */
                                    next_step_due: string | null;
                                } | null;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signals/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * De signaallijst met een zoekterm op naam, school of opleiding: de filters van GET /signals in de body
         * @description Hetzelfde antwoord als GET /signals (een JSON-pagina of een CSV-download). De zoekterm kan een achternaam zijn en gaat daarom in de body, nooit in een URL. Gelogd als raadpleging, zonder de zoekterm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description possible: de mogelijke vsv'ers van de laatste rapportagemaand; definitive: de vsv'ers van het laatste teljaar
                         * @default possible
                         * @enum {string}
                         */
                        list?: "possible" | "definitive";
                        /** @description RMC-regio 01-41 (een van de uwe) */
                        region?: string;
                        /** @description BRIN (schoolgebruikers: een van de uwe) */
                        institution?: string;
                        /** @description CBS-code van de woongemeente, bijvoorbeeld 0363 */
                        municipality?: string;
                        /** @description MBO-1 … MBO-4, VMBO, HAVO-VWO, VO-ONDERBOUW, PRO, VSO */
                        level?: string;
                        /** @description true: personen met een contactmoment in hun dossier; false: zonder (niet voor schoolgebruikers) */
                        contacted?: boolean;
                        /**
                         * @description last_contact: nooit benaderd eerst, dan het langst geleden (niet voor schoolgebruikers)
                         * @default -deregistration_date
                         * @enum {string}
                         */
                        sort?: "age" | "-age" | "name" | "-name" | "institution" | "deregistration_date" | "-deregistration_date" | "listed_since" | "last_contact";
                        /**
                         * @description Paginanummer (vanaf 1)
                         * @default 1
                         */
                        page?: number;
                        /**
                         * @description Aantal per pagina (hoogstens 500)
                         * @default 50
                         */
                        pageSize?: number;
                        /**
                         * @description csv: alle regels die voldoen (niet één pagina) als download, gelogd als export
                         * @default json
                         * @enum {string}
                         */
                        format?: "json" | "csv";
                        /** @description Deel van de achternaam, of van de naam of code van de school of opleiding */
                        search?: string;
                    };
                };
            };
            responses: {
                /** @description Een pagina van de signaallijst, of met format=csv alle regels als download */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Het laatste teljaar van de regels in uw bereik */
                            teljaar: string | null;
                            /** @description De laatste rapportagemaand */
                            report_month: string | null;
                            /**
                             * @description Bron van de regels; mixed als regio's verschillen
                             * @enum {string|null}
                             */
                            source: "engine" | "duo" | "mixed" | null;
                            /** @description Aantal regels dat aan de filters voldoet */
                            total: number;
                            page: number;
                            page_size: number;
                            items: {
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                /**
                                 * @description possible: mogelijke vsv'ers; definitive: definitieve vsv'ers
                                 * @enum {string}
                                 */
                                list: "possible" | "definitive";
                                /**
                                 * @description engine: berekend; duo: de lijst van DUO
                                 * @enum {string}
                                 */
                                source: "engine" | "duo";
                                teljaar: string;
                                /** @description Rapportagemaand JJJJ-MM (mogelijke vsv'ers) */
                                report_month: string | null;
                                family_name: string | null;
                                given_names: string | null;
                                /**
                                 * Format: date
                                 * @description Geboortedatum
                                 */
                                birth_date: string | null;
                                age: number | null;
                                municipality_code: string | null;
                                municipality_name: string | null;
                                region: string;
                                institution: string | null;
                                institution_name: string | null;
                                /** @description Vestiging of locatie */
                                location: string | null;
                                /** @description Opleidingscode */
                                programme: string | null;
                                programme_name: string | null;
                                level: string | null;
                                leerweg: string | null;
                                /** @description Op de lijst sinds */
                                listed_since: string | null;
                                /**
                                 * Format: date
                                 * @description Datum van uitschrijving
                                 */
                                deregistration_date: string | null;
                                /** @description Reden van uitschrijving */
                                reason: string | null;
                                /** @description Wettelijke verzuimmelding (volgens de bron) */
                                absence_statutory: boolean | null;
                                /** @description Niet-wettelijke verzuimmelding (volgens de bron) */
                                absence_non_statutory: boolean | null;
                                /** @description Verzuimmeldingen vastgelegd voor deze persoon in deze regio */
                                absence_reports: number;
                                /** @description Het dossier van de persoon in de regio van de regel (het open, anders het laatste); null voor schoolgebruikers */
                                case: {
                                    id: number;
                                    /** @enum {string} */
                                    status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                    officer_id: number | null;
                                    officer_name: string | null;
                                    /**
                                     * Format: date
                                     * @description Datum van het laatste contactmoment
                                     */
                                    last_contact_on: string | null;
                                    /**
                                     * Format: date
                                     * @description Uiterste datum van de volgende stap
                                     */
                                    next_step_due: string | null;
                                } | null;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signals/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Aantallen op de signaallijsten in uw bereik, per regio en lijst, benaderd of niet (voor de paginakop)
         * @description contacted en not_contacted zijn null voor schoolgebruikers.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Aantallen per regio en lijst */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: {
                                region: string;
                                /**
                                 * @description possible: mogelijke vsv'ers; definitive: definitieve vsv'ers
                                 * @enum {string}
                                 */
                                list: "possible" | "definitive";
                                /** @enum {string} */
                                source: "engine" | "duo" | "mixed";
                                teljaar: string;
                                report_month: string | null;
                                total: number;
                                /** @description Met een contactmoment (null voor schoolgebruikers) */
                                contacted: number | null;
                                /** @description Zonder contactmoment (null voor schoolgebruikers) */
                                not_contacted: number | null;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{personRef}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De persoonspagina: regels op de signaallijsten, dossiers en verzuimmeldingen in uw bereik
         * @description Trajectbegeleiders en coördinatoren zien regels, dossiers en meldingen van hun regio's; schoolgebruikers de regels en meldingen van hun scholen (geen dossiers). 404 als niets ervan in uw bereik is.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                    personRef: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description De persoon */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                            person_ref: string;
                            family_name: string | null;
                            given_names: string | null;
                            /** @description De regels van de signaallijsten in uw bereik */
                            signals: {
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                /**
                                 * @description possible: mogelijke vsv'ers; definitive: definitieve vsv'ers
                                 * @enum {string}
                                 */
                                list: "possible" | "definitive";
                                /**
                                 * @description engine: berekend; duo: de lijst van DUO
                                 * @enum {string}
                                 */
                                source: "engine" | "duo";
                                teljaar: string;
                                /** @description Rapportagemaand JJJJ-MM (mogelijke vsv'ers) */
                                report_month: string | null;
                                family_name: string | null;
                                given_names: string | null;
                                /**
                                 * Format: date
                                 * @description Geboortedatum
                                 */
                                birth_date: string | null;
                                age: number | null;
                                municipality_code: string | null;
                                municipality_name: string | null;
                                region: string;
                                institution: string | null;
                                institution_name: string | null;
                                /** @description Vestiging of locatie */
                                location: string | null;
                                /** @description Opleidingscode */
                                programme: string | null;
                                programme_name: string | null;
                                level: string | null;
                                leerweg: string | null;
                                /** @description Op de lijst sinds */
                                listed_since: string | null;
                                /**
                                 * Format: date
                                 * @description Datum van uitschrijving
                                 */
                                deregistration_date: string | null;
                                /** @description Reden van uitschrijving */
                                reason: string | null;
                                /** @description Wettelijke verzuimmelding (volgens de bron) */
                                absence_statutory: boolean | null;
                                /** @description Niet-wettelijke verzuimmelding (volgens de bron) */
                                absence_non_statutory: boolean | null;
                                /** @description Verzuimmeldingen vastgelegd voor deze persoon in deze regio */
                                absence_reports: number;
                                /** @description Het dossier van de persoon in de regio van de regel (het open, anders het laatste); null voor schoolgebruikers */
                                case: {
                                    id: number;
                                    /** @enum {string} */
                                    status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                    officer_id: number | null;
                                    officer_name: string | null;
                                    /**
                                     * Format: date
                                     * @description Datum van het laatste contactmoment
                                     */
                                    last_contact_on: string | null;
                                    /**
                                     * Format: date
                                     * @description Uiterste datum van de volgende stap
                                     */
                                    next_step_due: string | null;
                                } | null;
                            }[];
                            /** @description Dossiers in uw regio's (leeg voor schoolgebruikers) */
                            cases: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                /** @description Account-id van de trajectbegeleider */
                                officer_id: number | null;
                                officer_name: string | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Uiterste datum van de volgende stap
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                /** @description Versie: stuur die mee bij een wijziging */
                                version: number;
                                /** @description Het dossier in een andere regio waarvan dit is overgedragen */
                                handed_over_from: number | null;
                                /** @description Het dossier in de regio waaraan dit is overgedragen */
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                family_name: string | null;
                                given_names: string | null;
                                /**
                                 * Format: date
                                 * @description Datum van het laatste contactmoment
                                 */
                                last_contact_on: string | null;
                                contact_count: number;
                            }[];
                            absence_reports: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                family_name: string | null;
                                given_names: string | null;
                                /** @description BRIN van de school die meldde */
                                institution: string;
                                region: string;
                                /**
                                 * Format: date
                                 * @description Datum van de melding
                                 */
                                reported_on: string;
                                /**
                                 * @description statutory: wettelijk verzuim (Leerplichtwet); non_statutory: ander verzuim
                                 * @enum {string}
                                 */
                                kind: "statutory" | "non_statutory";
                                /** @description Uren afwezig */
                                hours: number;
                                /** @description Het gekoppelde dossier (niet voor schoolgebruikers) */
                                case_id?: number | null;
                                /** @description Account-id van wie het vastlegde */
                                created_by: number | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De dossiers van uw regio's, gefilterd en per pagina */
        get: {
            parameters: {
                query?: {
                    /** @description Een van uw regio's (standaard: allemaal) */
                    region?: string;
                    /** @description open: elke status behalve closed; all: alle */
                    status?: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed" | "open" | "all";
                    /** @description Account-id, me (uzelf) of none (zonder trajectbegeleider) */
                    officer?: string;
                    /** @description Alleen open dossiers waarvan de volgende stap vóór vandaag moest */
                    overdue?: boolean;
                    /** @description Alleen open dossiers zonder contact in 30 dagen (gerekend vanaf de opening als er nooit contact was) */
                    noContact?: boolean;
                    /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                    personRef?: string;
                    /** @description Paginanummer (vanaf 1) */
                    page?: number;
                    /** @description Aantal per pagina (hoogstens 500) */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Een pagina dossiers */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date
                             * @description De datum in Nederland waartegen over tijd en zonder contact worden bepaald
                             */
                            today: string;
                            total: number;
                            page: number;
                            page_size: number;
                            items: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                /** @description Account-id van de trajectbegeleider */
                                officer_id: number | null;
                                officer_name: string | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Uiterste datum van de volgende stap
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                /** @description Versie: stuur die mee bij een wijziging */
                                version: number;
                                /** @description Het dossier in een andere regio waarvan dit is overgedragen */
                                handed_over_from: number | null;
                                /** @description Het dossier in de regio waaraan dit is overgedragen */
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                family_name: string | null;
                                given_names: string | null;
                                /**
                                 * Format: date
                                 * @description Datum van het laatste contactmoment
                                 */
                                last_contact_on: string | null;
                                contact_count: number;
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Een dossier openen voor een persoon op de signaallijst van uw regio
         * @description 201 met het dossier; 409 met existing_case_id als de persoon al een open dossier in de regio heeft. region mag weg als de persoon op de lijst van maar één van uw regio's staat.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                        person_ref: string;
                        /** @description RMC-regio 01-41 (een van de uwe) */
                        region?: string;
                    };
                };
            };
            responses: {
                /** @description Het nieuwe dossier */
                201: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                /** @description Account-id van de trajectbegeleider */
                                officer_id: number | null;
                                officer_name: string | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Uiterste datum van de volgende stap
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                /** @description Versie: stuur die mee bij een wijziging */
                                version: number;
                                /** @description Het dossier in een andere regio waarvan dit is overgedragen */
                                handed_over_from: number | null;
                                /** @description Het dossier in de regio waaraan dit is overgedragen */
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                family_name: string | null;
                                given_names: string | null;
                                /**
                                 * Format: date
                                 * @description Datum van het laatste contactmoment
                                 */
                                last_contact_on: string | null;
                                contact_count: number;
                            };
                            /** @description Contactmomenten, nieuwste eerst */
                            contacts: {
                                id: number;
                                case_id: number;
                                /**
                                 * Format: date
                                 * @description Datum van het contact
                                 */
                                contact_on: string;
                                /** @enum {string} */
                                channel: "phone" | "email" | "letter" | "home_visit" | "meeting" | "message" | "other";
                                /** @description Is de persoon bereikt? */
                                reached: boolean;
                                note: string;
                                officer_id: number | null;
                                officer_name: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                                /** @description De regio waaruit het contact bij een overdracht is meegekomen */
                                from_region: string | null;
                            }[];
                            /** @description Geschiedenis, oudste eerst */
                            events: {
                                id: number;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                at: string;
                                actor_id: number | null;
                                actor_name: string | null;
                                /** @description opened, status_changed, assigned, next_step_set, contact_added, closed, outcome_recorded, handed_over_to_region, received_from_region, absence_linked */
                                kind: string;
                                /** @description Wat er veranderde (van/naar) */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            /** @description Verzuimmeldingen van de persoon in de regio van het dossier */
                            absence_reports: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                family_name: string | null;
                                given_names: string | null;
                                /** @description BRIN van de school die meldde */
                                institution: string;
                                region: string;
                                /**
                                 * Format: date
                                 * @description Datum van de melding
                                 */
                                reported_on: string;
                                /**
                                 * @description statutory: wettelijk verzuim (Leerplichtwet); non_statutory: ander verzuim
                                 * @enum {string}
                                 */
                                kind: "statutory" | "non_statutory";
                                /** @description Uren afwezig */
                                hours: number;
                                /** @description Het gekoppelde dossier (niet voor schoolgebruikers) */
                                case_id?: number | null;
                                /** @description Account-id van wie het vastlegde */
                                created_by: number | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict: de versie is verouderd (met current_version en het huidige dossier), er is al een open dossier (existing_case_id), of het dossier staat het niet toe */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie van het dossier */
                            current_version?: number;
                            case?: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                officer_id: number | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Datum (JJJJ-MM-DD)
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                version: number;
                                handed_over_from: number | null;
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                officer_name?: string | null;
                                family_name?: string | null;
                                given_names?: string | null;
                                /**
                                 * Format: date
                                 * @description Datum (JJJJ-MM-DD)
                                 */
                                last_contact_on?: string | null;
                                contact_count?: number;
                            };
                            /** @description Het open dossier van de persoon in de regio */
                            existing_case_id?: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén dossier met contactmomenten, geschiedenis en de verzuimmeldingen van de persoon in de regio */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Het dossier */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                /** @description Account-id van de trajectbegeleider */
                                officer_id: number | null;
                                officer_name: string | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Uiterste datum van de volgende stap
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                /** @description Versie: stuur die mee bij een wijziging */
                                version: number;
                                /** @description Het dossier in een andere regio waarvan dit is overgedragen */
                                handed_over_from: number | null;
                                /** @description Het dossier in de regio waaraan dit is overgedragen */
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                family_name: string | null;
                                given_names: string | null;
                                /**
                                 * Format: date
                                 * @description Datum van het laatste contactmoment
                                 */
                                last_contact_on: string | null;
                                contact_count: number;
                            };
                            /** @description Contactmomenten, nieuwste eerst */
                            contacts: {
                                id: number;
                                case_id: number;
                                /**
                                 * Format: date
                                 * @description Datum van het contact
                                 */
                                contact_on: string;
                                /** @enum {string} */
                                channel: "phone" | "email" | "letter" | "home_visit" | "meeting" | "message" | "other";
                                /** @description Is de persoon bereikt? */
                                reached: boolean;
                                note: string;
                                officer_id: number | null;
                                officer_name: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                                /** @description De regio waaruit het contact bij een overdracht is meegekomen */
                                from_region: string | null;
                            }[];
                            /** @description Geschiedenis, oudste eerst */
                            events: {
                                id: number;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                at: string;
                                actor_id: number | null;
                                actor_name: string | null;
                                /** @description opened, status_changed, assigned, next_step_set, contact_added, closed, outcome_recorded, handed_over_to_region, received_from_region, absence_linked */
                                kind: string;
                                /** @description Wat er veranderde (van/naar) */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            /** @description Verzuimmeldingen van de persoon in de regio van het dossier */
                            absence_reports: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                family_name: string | null;
                                given_names: string | null;
                                /** @description BRIN van de school die meldde */
                                institution: string;
                                region: string;
                                /**
                                 * Format: date
                                 * @description Datum van de melding
                                 */
                                reported_on: string;
                                /**
                                 * @description statutory: wettelijk verzuim (Leerplichtwet); non_statutory: ander verzuim
                                 * @enum {string}
                                 */
                                kind: "statutory" | "non_statutory";
                                /** @description Uren afwezig */
                                hours: number;
                                /** @description Het gekoppelde dossier (niet voor schoolgebruikers) */
                                case_id?: number | null;
                                /** @description Account-id van wie het vastlegde */
                                created_by: number | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Status, trajectbegeleider of volgende stap van een open dossier wijzigen
         * @description null wist officer_id, next_step of next_step_due. Stuur de versie mee die u las; is die verouderd, dan volgt 409 met current_version en het huidige dossier. Afsluiten gaat met POST …/close.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description De versie van het dossier die u las (optimistische gelijktijdigheid) */
                        version: number;
                        /** @enum {string} */
                        status?: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved";
                        /** @description Account-id van de trajectbegeleider; null: niemand */
                        officer_id?: number | null;
                        /** @description De volgende stap; null of leeg wist hem */
                        next_step?: string | null;
                        /** @description Uiterste datum JJJJ-MM-DD; null wist hem */
                        next_step_due?: string | (never | null);
                    };
                };
            };
            responses: {
                /** @description Het dossier na de wijziging */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                /** @description Account-id van de trajectbegeleider */
                                officer_id: number | null;
                                officer_name: string | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Uiterste datum van de volgende stap
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                /** @description Versie: stuur die mee bij een wijziging */
                                version: number;
                                /** @description Het dossier in een andere regio waarvan dit is overgedragen */
                                handed_over_from: number | null;
                                /** @description Het dossier in de regio waaraan dit is overgedragen */
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                family_name: string | null;
                                given_names: string | null;
                                /**
                                 * Format: date
                                 * @description Datum van het laatste contactmoment
                                 */
                                last_contact_on: string | null;
                                contact_count: number;
                            };
                            /** @description Contactmomenten, nieuwste eerst */
                            contacts: {
                                id: number;
                                case_id: number;
                                /**
                                 * Format: date
                                 * @description Datum van het contact
                                 */
                                contact_on: string;
                                /** @enum {string} */
                                channel: "phone" | "email" | "letter" | "home_visit" | "meeting" | "message" | "other";
                                /** @description Is de persoon bereikt? */
                                reached: boolean;
                                note: string;
                                officer_id: number | null;
                                officer_name: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                                /** @description De regio waaruit het contact bij een overdracht is meegekomen */
                                from_region: string | null;
                            }[];
                            /** @description Geschiedenis, oudste eerst */
                            events: {
                                id: number;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                at: string;
                                actor_id: number | null;
                                actor_name: string | null;
                                /** @description opened, status_changed, assigned, next_step_set, contact_added, closed, outcome_recorded, handed_over_to_region, received_from_region, absence_linked */
                                kind: string;
                                /** @description Wat er veranderde (van/naar) */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            /** @description Verzuimmeldingen van de persoon in de regio van het dossier */
                            absence_reports: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                family_name: string | null;
                                given_names: string | null;
                                /** @description BRIN van de school die meldde */
                                institution: string;
                                region: string;
                                /**
                                 * Format: date
                                 * @description Datum van de melding
                                 */
                                reported_on: string;
                                /**
                                 * @description statutory: wettelijk verzuim (Leerplichtwet); non_statutory: ander verzuim
                                 * @enum {string}
                                 */
                                kind: "statutory" | "non_statutory";
                                /** @description Uren afwezig */
                                hours: number;
                                /** @description Het gekoppelde dossier (niet voor schoolgebruikers) */
                                case_id?: number | null;
                                /** @description Account-id van wie het vastlegde */
                                created_by: number | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict: de versie is verouderd (met current_version en het huidige dossier), er is al een open dossier (existing_case_id), of het dossier staat het niet toe */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie van het dossier */
                            current_version?: number;
                            case?: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                officer_id: number | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Datum (JJJJ-MM-DD)
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                version: number;
                                handed_over_from: number | null;
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                officer_name?: string | null;
                                family_name?: string | null;
                                given_names?: string | null;
                                /**
                                 * Format: date
                                 * @description Datum (JJJJ-MM-DD)
                                 */
                                last_contact_on?: string | null;
                                contact_count?: number;
                            };
                            /** @description Het open dossier van de persoon in de regio */
                            existing_case_id?: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/cases/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een contactmoment toevoegen (zonder versie: contacten komen er alleen bij); het eerste zet een nieuw dossier op contacting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description JJJJ-MM-DD, niet in de toekomst */
                        contact_on: string;
                        /** @enum {string} */
                        channel: "phone" | "email" | "letter" | "home_visit" | "meeting" | "message" | "other";
                        /**
                         * @description Is de persoon bereikt? (standaard ja)
                         * @default true
                         */
                        reached?: boolean;
                        /**
                         * @description Aantekening
                         * @default
                         */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Het dossier met het nieuwe contactmoment */
                201: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                /** @description Account-id van de trajectbegeleider */
                                officer_id: number | null;
                                officer_name: string | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Uiterste datum van de volgende stap
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                /** @description Versie: stuur die mee bij een wijziging */
                                version: number;
                                /** @description Het dossier in een andere regio waarvan dit is overgedragen */
                                handed_over_from: number | null;
                                /** @description Het dossier in de regio waaraan dit is overgedragen */
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                family_name: string | null;
                                given_names: string | null;
                                /**
                                 * Format: date
                                 * @description Datum van het laatste contactmoment
                                 */
                                last_contact_on: string | null;
                                contact_count: number;
                            };
                            /** @description Contactmomenten, nieuwste eerst */
                            contacts: {
                                id: number;
                                case_id: number;
                                /**
                                 * Format: date
                                 * @description Datum van het contact
                                 */
                                contact_on: string;
                                /** @enum {string} */
                                channel: "phone" | "email" | "letter" | "home_visit" | "meeting" | "message" | "other";
                                /** @description Is de persoon bereikt? */
                                reached: boolean;
                                note: string;
                                officer_id: number | null;
                                officer_name: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                                /** @description De regio waaruit het contact bij een overdracht is meegekomen */
                                from_region: string | null;
                            }[];
                            /** @description Geschiedenis, oudste eerst */
                            events: {
                                id: number;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                at: string;
                                actor_id: number | null;
                                actor_name: string | null;
                                /** @description opened, status_changed, assigned, next_step_set, contact_added, closed, outcome_recorded, handed_over_to_region, received_from_region, absence_linked */
                                kind: string;
                                /** @description Wat er veranderde (van/naar) */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            /** @description Verzuimmeldingen van de persoon in de regio van het dossier */
                            absence_reports: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                family_name: string | null;
                                given_names: string | null;
                                /** @description BRIN van de school die meldde */
                                institution: string;
                                region: string;
                                /**
                                 * Format: date
                                 * @description Datum van de melding
                                 */
                                reported_on: string;
                                /**
                                 * @description statutory: wettelijk verzuim (Leerplichtwet); non_statutory: ander verzuim
                                 * @enum {string}
                                 */
                                kind: "statutory" | "non_statutory";
                                /** @description Uren afwezig */
                                hours: number;
                                /** @description Het gekoppelde dossier (niet voor schoolgebruikers) */
                                case_id?: number | null;
                                /** @description Account-id van wie het vastlegde */
                                created_by: number | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict: de versie is verouderd (met current_version en het huidige dossier), er is al een open dossier (existing_case_id), of het dossier staat het niet toe */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie van het dossier */
                            current_version?: number;
                            case?: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                officer_id: number | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Datum (JJJJ-MM-DD)
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                version: number;
                                handed_over_from: number | null;
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                officer_name?: string | null;
                                family_name?: string | null;
                                given_names?: string | null;
                                /**
                                 * Format: date
                                 * @description Datum (JJJJ-MM-DD)
                                 */
                                last_contact_on?: string | null;
                                contact_count?: number;
                            };
                            /** @description Het open dossier van de persoon in de regio */
                            existing_case_id?: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Een open dossier afsluiten met een reden; het blijft als alleen-lezen vastlegging bestaan
         * @description Stuur de versie mee die u las; is die verouderd, dan volgt 409 met current_version en het huidige dossier. handed_over is geen reden om te kiezen: gebruik POST …/handover.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description De versie van het dossier die u las (optimistische gelijktijdigheid) */
                        version: number;
                        /**
                         * @description Reden van afsluiten (overdracht gaat via …/handover)
                         * @enum {string}
                         */
                        reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "other";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Het afgesloten dossier */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                /** @description Account-id van de trajectbegeleider */
                                officer_id: number | null;
                                officer_name: string | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Uiterste datum van de volgende stap
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                /** @description Versie: stuur die mee bij een wijziging */
                                version: number;
                                /** @description Het dossier in een andere regio waarvan dit is overgedragen */
                                handed_over_from: number | null;
                                /** @description Het dossier in de regio waaraan dit is overgedragen */
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                family_name: string | null;
                                given_names: string | null;
                                /**
                                 * Format: date
                                 * @description Datum van het laatste contactmoment
                                 */
                                last_contact_on: string | null;
                                contact_count: number;
                            };
                            /** @description Contactmomenten, nieuwste eerst */
                            contacts: {
                                id: number;
                                case_id: number;
                                /**
                                 * Format: date
                                 * @description Datum van het contact
                                 */
                                contact_on: string;
                                /** @enum {string} */
                                channel: "phone" | "email" | "letter" | "home_visit" | "meeting" | "message" | "other";
                                /** @description Is de persoon bereikt? */
                                reached: boolean;
                                note: string;
                                officer_id: number | null;
                                officer_name: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                                /** @description De regio waaruit het contact bij een overdracht is meegekomen */
                                from_region: string | null;
                            }[];
                            /** @description Geschiedenis, oudste eerst */
                            events: {
                                id: number;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                at: string;
                                actor_id: number | null;
                                actor_name: string | null;
                                /** @description opened, status_changed, assigned, next_step_set, contact_added, closed, outcome_recorded, handed_over_to_region, received_from_region, absence_linked */
                                kind: string;
                                /** @description Wat er veranderde (van/naar) */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            /** @description Verzuimmeldingen van de persoon in de regio van het dossier */
                            absence_reports: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                family_name: string | null;
                                given_names: string | null;
                                /** @description BRIN van de school die meldde */
                                institution: string;
                                region: string;
                                /**
                                 * Format: date
                                 * @description Datum van de melding
                                 */
                                reported_on: string;
                                /**
                                 * @description statutory: wettelijk verzuim (Leerplichtwet); non_statutory: ander verzuim
                                 * @enum {string}
                                 */
                                kind: "statutory" | "non_statutory";
                                /** @description Uren afwezig */
                                hours: number;
                                /** @description Het gekoppelde dossier (niet voor schoolgebruikers) */
                                case_id?: number | null;
                                /** @description Account-id van wie het vastlegde */
                                created_by: number | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict: de versie is verouderd (met current_version en het huidige dossier), er is al een open dossier (existing_case_id), of het dossier staat het niet toe */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie van het dossier */
                            current_version?: number;
                            case?: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                officer_id: number | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Datum (JJJJ-MM-DD)
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                version: number;
                                handed_over_from: number | null;
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                officer_name?: string | null;
                                family_name?: string | null;
                                given_names?: string | null;
                                /**
                                 * Format: date
                                 * @description Datum (JJJJ-MM-DD)
                                 */
                                last_contact_on?: string | null;
                                contact_count?: number;
                            };
                            /** @description Het open dossier van de persoon in de regio */
                            existing_case_id?: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Een open dossier overdragen aan de regio waarheen de persoon verhuisde
         * @description Het dossier wordt hier afgesloten als vastlegging (reden handed_over) en de ontvangende regio krijgt een dossier met kopieën van de contactmomenten (of haar open dossier van de persoon krijgt ze). Het dossier van de ontvangende regio ziet u niet. Stuur de versie mee die u las; is die verouderd, dan volgt 409 met current_version en het huidige dossier.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description De versie van het dossier die u las (optimistische gelijktijdigheid) */
                        version: number;
                        /** @description RMC-regio 01-41 waarheen de persoon verhuisde (niet die van het dossier) */
                        to_region: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Het afgesloten dossier */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                /** @description Account-id van de trajectbegeleider */
                                officer_id: number | null;
                                officer_name: string | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Uiterste datum van de volgende stap
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                /** @description Versie: stuur die mee bij een wijziging */
                                version: number;
                                /** @description Het dossier in een andere regio waarvan dit is overgedragen */
                                handed_over_from: number | null;
                                /** @description Het dossier in de regio waaraan dit is overgedragen */
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                family_name: string | null;
                                given_names: string | null;
                                /**
                                 * Format: date
                                 * @description Datum van het laatste contactmoment
                                 */
                                last_contact_on: string | null;
                                contact_count: number;
                            };
                            /** @description Contactmomenten, nieuwste eerst */
                            contacts: {
                                id: number;
                                case_id: number;
                                /**
                                 * Format: date
                                 * @description Datum van het contact
                                 */
                                contact_on: string;
                                /** @enum {string} */
                                channel: "phone" | "email" | "letter" | "home_visit" | "meeting" | "message" | "other";
                                /** @description Is de persoon bereikt? */
                                reached: boolean;
                                note: string;
                                officer_id: number | null;
                                officer_name: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                                /** @description De regio waaruit het contact bij een overdracht is meegekomen */
                                from_region: string | null;
                            }[];
                            /** @description Geschiedenis, oudste eerst */
                            events: {
                                id: number;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                at: string;
                                actor_id: number | null;
                                actor_name: string | null;
                                /** @description opened, status_changed, assigned, next_step_set, contact_added, closed, outcome_recorded, handed_over_to_region, received_from_region, absence_linked */
                                kind: string;
                                /** @description Wat er veranderde (van/naar) */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            /** @description Verzuimmeldingen van de persoon in de regio van het dossier */
                            absence_reports: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                family_name: string | null;
                                given_names: string | null;
                                /** @description BRIN van de school die meldde */
                                institution: string;
                                region: string;
                                /**
                                 * Format: date
                                 * @description Datum van de melding
                                 */
                                reported_on: string;
                                /**
                                 * @description statutory: wettelijk verzuim (Leerplichtwet); non_statutory: ander verzuim
                                 * @enum {string}
                                 */
                                kind: "statutory" | "non_statutory";
                                /** @description Uren afwezig */
                                hours: number;
                                /** @description Het gekoppelde dossier (niet voor schoolgebruikers) */
                                case_id?: number | null;
                                /** @description Account-id van wie het vastlegde */
                                created_by: number | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict: de versie is verouderd (met current_version en het huidige dossier), er is al een open dossier (existing_case_id), of het dossier staat het niet toe */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie van het dossier */
                            current_version?: number;
                            case?: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                officer_id: number | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Datum (JJJJ-MM-DD)
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                version: number;
                                handed_over_from: number | null;
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                officer_name?: string | null;
                                family_name?: string | null;
                                given_names?: string | null;
                                /**
                                 * Format: date
                                 * @description Datum (JJJJ-MM-DD)
                                 */
                                last_contact_on?: string | null;
                                contact_count?: number;
                            };
                            /** @description Het open dossier van de persoon in de regio */
                            existing_case_id?: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * De situatie een jaar later vastleggen (open of afgesloten dossiers; niet op een overgedragen dossier)
         * @description Stuur de versie mee die u las; is die verouderd, dan volgt 409 met current_version en het huidige dossier.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description De versie van het dossier die u las (optimistische gelijktijdigheid) */
                        version: number;
                        /**
                         * @description De situatie een jaar later
                         * @enum {string}
                         */
                        outcome: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown";
                    };
                };
            };
            responses: {
                /** @description Het dossier met de uitkomst */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                /** @description Account-id van de trajectbegeleider */
                                officer_id: number | null;
                                officer_name: string | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Uiterste datum van de volgende stap
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                /** @description Versie: stuur die mee bij een wijziging */
                                version: number;
                                /** @description Het dossier in een andere regio waarvan dit is overgedragen */
                                handed_over_from: number | null;
                                /** @description Het dossier in de regio waaraan dit is overgedragen */
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                family_name: string | null;
                                given_names: string | null;
                                /**
                                 * Format: date
                                 * @description Datum van het laatste contactmoment
                                 */
                                last_contact_on: string | null;
                                contact_count: number;
                            };
                            /** @description Contactmomenten, nieuwste eerst */
                            contacts: {
                                id: number;
                                case_id: number;
                                /**
                                 * Format: date
                                 * @description Datum van het contact
                                 */
                                contact_on: string;
                                /** @enum {string} */
                                channel: "phone" | "email" | "letter" | "home_visit" | "meeting" | "message" | "other";
                                /** @description Is de persoon bereikt? */
                                reached: boolean;
                                note: string;
                                officer_id: number | null;
                                officer_name: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                                /** @description De regio waaruit het contact bij een overdracht is meegekomen */
                                from_region: string | null;
                            }[];
                            /** @description Geschiedenis, oudste eerst */
                            events: {
                                id: number;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                at: string;
                                actor_id: number | null;
                                actor_name: string | null;
                                /** @description opened, status_changed, assigned, next_step_set, contact_added, closed, outcome_recorded, handed_over_to_region, received_from_region, absence_linked */
                                kind: string;
                                /** @description Wat er veranderde (van/naar) */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            /** @description Verzuimmeldingen van de persoon in de regio van het dossier */
                            absence_reports: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                family_name: string | null;
                                given_names: string | null;
                                /** @description BRIN van de school die meldde */
                                institution: string;
                                region: string;
                                /**
                                 * Format: date
                                 * @description Datum van de melding
                                 */
                                reported_on: string;
                                /**
                                 * @description statutory: wettelijk verzuim (Leerplichtwet); non_statutory: ander verzuim
                                 * @enum {string}
                                 */
                                kind: "statutory" | "non_statutory";
                                /** @description Uren afwezig */
                                hours: number;
                                /** @description Het gekoppelde dossier (niet voor schoolgebruikers) */
                                case_id?: number | null;
                                /** @description Account-id van wie het vastlegde */
                                created_by: number | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Conflict: de versie is verouderd (met current_version en het huidige dossier), er is al een open dossier (existing_case_id), of het dossier staat het niet toe */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie van het dossier */
                            current_version?: number;
                            case?: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                region: string;
                                /** @enum {string} */
                                status: "new" | "contacting" | "guidance" | "back_in_education" | "working" | "working_learning" | "no_contact" | "moved" | "closed";
                                /** @enum {string|null} */
                                closed_reason: "startkwalificatie" | "back_in_education" | "working" | "working_learning" | "too_old" | "moved_abroad" | "no_contact" | "refused" | "handed_over" | "other" | null;
                                officer_id: number | null;
                                next_step: string | null;
                                /**
                                 * Format: date
                                 * @description Datum (JJJJ-MM-DD)
                                 */
                                next_step_due: string | null;
                                teljaar: string | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                opened_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                updated_at: string;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                closed_at: string | null;
                                version: number;
                                handed_over_from: number | null;
                                handed_over_to: number | null;
                                /** @enum {string|null} */
                                outcome_one_year: "sk_obtained" | "in_education" | "working" | "working_learning" | "still_vsv" | "unknown" | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                outcome_recorded_at: string | null;
                                officer_name?: string | null;
                                family_name?: string | null;
                                given_names?: string | null;
                                /**
                                 * Format: date
                                 * @description Datum (JJJJ-MM-DD)
                                 */
                                last_contact_on?: string | null;
                                contact_count?: number;
                            };
                            /** @description Het open dossier van de persoon in de regio */
                            existing_case_id?: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/absence-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verzuimmeldingen van uw regio's (trajectbegeleiders, coördinatoren) of scholen (schoolgebruikers), nieuwste eerst */
        get: {
            parameters: {
                query?: {
                    /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                    personRef?: string;
                    /** @description RMC-regio (regionale rollen: een van de uwe) */
                    region?: string;
                    /** @description BRIN (schoolgebruikers: een van de uwe) */
                    institution?: string;
                    /** @description Eerste dag van melding (inclusief) */
                    from?: string;
                    /** @description Laatste dag van melding (inclusief) */
                    to?: string;
                    /** @description Paginanummer (vanaf 1) */
                    page?: number;
                    /** @description Aantal per pagina (hoogstens 500) */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Een pagina meldingen */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            page: number;
                            page_size: number;
                            items: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                family_name: string | null;
                                given_names: string | null;
                                /** @description BRIN van de school die meldde */
                                institution: string;
                                region: string;
                                /**
                                 * Format: date
                                 * @description Datum van de melding
                                 */
                                reported_on: string;
                                /**
                                 * @description statutory: wettelijk verzuim (Leerplichtwet); non_statutory: ander verzuim
                                 * @enum {string}
                                 */
                                kind: "statutory" | "non_statutory";
                                /** @description Uren afwezig */
                                hours: number;
                                /** @description Het gekoppelde dossier (niet voor schoolgebruikers) */
                                case_id?: number | null;
                                /** @description Account-id van wie het vastlegde */
                                created_by: number | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Een verzuimmelding over een persoon vastleggen
         * @description Schoolgebruikers: voor personen op een regel van de signaallijst van hun school (institution mag weg bij één school). Trajectbegeleiders en coördinatoren: voor personen op de lijst van hun regio of met een dossier daar; case_id koppelt de melding aan dat dossier. 201 met de melding.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                        person_ref: string;
                        /** @description Datum JJJJ-MM-DD */
                        reported_on: string;
                        /**
                         * @description statutory: verzuim onder de Leerplichtwet; non_statutory: ander verzuim
                         * @enum {string}
                         */
                        kind: "statutory" | "non_statutory";
                        /** @description Uren afwezig (bewaard op één decimaal) */
                        hours: number;
                        /** @description BRIN van de school die meldt */
                        institution?: string;
                        /** @description RMC-regio 01-41 */
                        region?: string;
                        case_id?: number;
                    };
                };
            };
            responses: {
                /** @description De vastgelegde melding */
                201: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            report: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                family_name: string | null;
                                given_names: string | null;
                                /** @description BRIN van de school die meldde */
                                institution: string;
                                region: string;
                                /**
                                 * Format: date
                                 * @description Datum van de melding
                                 */
                                reported_on: string;
                                /**
                                 * @description statutory: wettelijk verzuim (Leerplichtwet); non_statutory: ander verzuim
                                 * @enum {string}
                                 */
                                kind: "statutory" | "non_statutory";
                                /** @description Uren afwezig */
                                hours: number;
                                /** @description Het gekoppelde dossier (niet voor schoolgebruikers) */
                                case_id?: number | null;
                                /** @description Account-id van wie het vastlegde */
                                created_by: number | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/absence-reports/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verzuimmeldingen geteld per school of per regio binnen uw bereik (zonder personen)
         * @description De aantallen worden niet afgeschermd: alleen gebruikers met de personen in hun bereik zien ze. from en to tellen mee.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Tellen per school (institution) of per regio (region) */
                    by?: "institution" | "region";
                    /** @description Eerste dag van melding (inclusief) */
                    from?: string;
                    /** @description Laatste dag van melding (inclusief) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Aantallen per school of regio */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            by: "institution" | "region";
                            /**
                             * Format: date
                             * @description Eerste dag van melding
                             */
                            from: string | null;
                            /**
                             * Format: date
                             * @description Laatste dag van melding
                             */
                            to: string | null;
                            rows: {
                                /** @description BRIN (bij by=institution) */
                                institution?: string;
                                /** @description RMC-regio (bij by=region) */
                                region?: string;
                                /** @description Meldingen */
                                reports: number;
                                /** @description Verschillende personen */
                                persons: number;
                                hours: number;
                                statutory_reports: number;
                                statutory_hours: number;
                                non_statutory_reports: number;
                                non_statutory_hours: number;
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/absence-reports/{id}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een verzuimmelding koppelen aan het dossier van de persoon in de regio van de melding */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Het dossier van de persoon in de regio van de melding */
                        case_id: number;
                    };
                };
            };
            responses: {
                /** @description De gekoppelde melding */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            report: {
                                id: number;
                                /** @description Persoonsreferentie (p + 24 hexadecimale tekens), uit een signaallijst of dossier */
                                person_ref: string;
                                family_name: string | null;
                                given_names: string | null;
                                /** @description BRIN van de school die meldde */
                                institution: string;
                                region: string;
                                /**
                                 * Format: date
                                 * @description Datum van de melding
                                 */
                                reported_on: string;
                                /**
                                 * @description statutory: wettelijk verzuim (Leerplichtwet); non_statutory: ander verzuim
                                 * @enum {string}
                                 */
                                kind: "statutory" | "non_statutory";
                                /** @description Uren afwezig */
                                hours: number;
                                /** @description Het gekoppelde dossier (niet voor schoolgebruikers) */
                                case_id?: number | null;
                                /** @description Account-id van wie het vastlegde */
                                created_by: number | null;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Werkoverzicht van een regio per trajectbegeleider: open dossiers, volgende stappen over tijd, dossiers zonder contact in 30 dagen; dossiers zonder trajectbegeleider
         * @description Voor coördinatoren, van hun eigen regio('s). today is de datum in Nederland.
         */
        get: {
            parameters: {
                query?: {
                    /** @description RMC-regio (standaard: uw enige regio) */
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Het werkoverzicht */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            region: string;
                            /**
                             * Format: date
                             * @description De datum in Nederland
                             */
                            today: string;
                            /** @description Na hoeveel dagen zonder contact een dossier meetelt */
                            no_contact_days: number;
                            officers: {
                                officer_id: number;
                                username: string | null;
                                display_name: string | null;
                                role: string | null;
                                /** @description Nog actief trajectbegeleider of coördinator van de regio */
                                active_in_region: boolean;
                                /** @description Open dossiers */
                                open_cases: number;
                                /** @description Open dossiers waarvan de volgende stap over tijd is */
                                overdue_next_steps: number;
                                /** @description Open dossiers zonder contact in de laatste 30 dagen */
                                without_contact: number;
                            }[];
                            /** @description Dossiers zonder trajectbegeleider */
                            unassigned: {
                                /** @description Open dossiers */
                                open_cases: number;
                                /** @description Open dossiers waarvan de volgende stap over tijd is */
                                overdue_next_steps: number;
                                /** @description Open dossiers zonder contact in de laatste 30 dagen */
                                without_contact: number;
                            };
                            /** @description Alle open dossiers van de regio */
                            total: {
                                /** @description Open dossiers */
                                open_cases: number;
                                /** @description Open dossiers waarvan de volgende stap over tijd is */
                                overdue_next_steps: number;
                                /** @description Open dossiers zonder contact in de laatste 30 dagen */
                                without_contact: number;
                            };
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Het logboek dataverwerkingen van een regio: elke raadpleging, wijziging en export van persoonsgegevens
         * @description Alleen voor coördinatoren, van hun eigen regio('s). Het lezen van het logboek wordt ook gelogd.
         */
        get: {
            parameters: {
                query?: {
                    /** @description RMC-regio (standaard: al uw regio's) */
                    region?: string;
                    /** @description Eerste dag (inclusief), JJJJ-MM-DD */
                    from?: string;
                    /** @description Laatste dag (inclusief), JJJJ-MM-DD */
                    to?: string;
                    /** @description Account-id van wie het deed */
                    actor?: number;
                    /** @description Persoonsreferentie (p + 24 hexadecimale tekens) */
                    person?: string;
                    /** @description Soort handeling */
                    action?: "read" | "create" | "update" | "delete" | "export" | "login" | "logout" | "denied";
                    /** @description Paginanummer (vanaf 1) */
                    page?: number;
                    /** @description Aantal per pagina (hoogstens 1000) */
                    pageSize?: number;
                    /** @description json (standaard) of csv (een download van hoogstens 10.000 regels) */
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Een pagina logboekregels, of met format=csv een download */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Aantal dat aan de filters voldoet */
                            total: number;
                            /** @description Paginanummer */
                            page: number;
                            /** @description Aantal per pagina */
                            page_size: number;
                            items: {
                                id: number;
                                /**
                                 * Format: date-time
                                 * @description Tijdstip (ISO 8601)
                                 */
                                at: string;
                                actor_id: number | null;
                                actor_username: string | null;
                                /** @description Rol van wie het deed (anonymous zonder sessie) */
                                actor_role: string;
                                /** @enum {string} */
                                action: "read" | "create" | "update" | "delete" | "export" | "login" | "logout" | "denied";
                                /** @description Waarover: person, case, signal_list, account, … */
                                subject_kind: string | null;
                                /** @description De persoonsreferentie (nooit het BSN) */
                                person_ref: string | null;
                                /** @description Verwerkingsdoel */
                                purpose: string;
                                region: string | null;
                                /** @description Trace-id van het verzoek (header X-Trace-Id) */
                                trace_id: string | null;
                                /** @description Wat er gevraagd of gewijzigd is (nooit persoonsgegevens) */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/target-plans/{id}/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een doelenplan vaststellen voor zijn doeljaar en definitie; het eerder vastgestelde plan vervalt (landelijk analisten) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Het vastgestelde plan */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /**
                             * @description proportional (naar rato, standaard), equal_reduction, convergence of manual
                             * @enum {string}
                             */
                            method: "proportional" | "equal_reduction" | "convergence" | "manual";
                            /** @description De parameters van de methode */
                            parameters: {
                                best_share?: number;
                            };
                            /** @description Het landelijke doel */
                            national_target: number;
                            target_year: number;
                            /**
                             * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                             * @enum {integer}
                             */
                            definition: 23 | 27;
                            base_teljaar: string;
                            /**
                             * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                             * @enum {string}
                             */
                            base_stage: "preliminary" | "definitive";
                            /** @description Account dat het plan opsloeg */
                            created_by: number | null;
                            /** Format: date-time */
                            created_at: string;
                            /** @description Vastgesteld */
                            adopted: boolean;
                            adopted_by: number | null;
                            /** Format: date-time */
                            adopted_at: string | null;
                            regions: {
                                region: string;
                                /** @description Aantal vsv'ers in het basisteljaar (null: afgeschermd) */
                                base_count: number | null;
                                /** @description Startpopulatie in het basisteljaar (null: afgeschermd) */
                                start_population: number | null;
                                /** @description Het doel van de regio (null: afgeschermd) */
                                target: number | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/programmes/{region}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een maatregel toevoegen (coördinator van de regio) */
        post: {
            parameters: {
                query?: {
                    /** @description Programmaperiode, bijvoorbeeld 2025-2028 (standaard: de laatste van de regio) */
                    period?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description RMC-/Doorstroompuntregio 01-41
                     * @example 29
                     */
                    region: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description De versie die u las (optimistische gelijktijdigheid): 409 met de huidige als die intussen gewijzigd is */
                        version: number;
                        /** @description Naam van de maatregel */
                        name: string;
                        /** @description Doelgroep */
                        target_group?: string;
                        /** @description Code van een thema van het programma, of null */
                        topic?: string | null;
                        /** @description Euro per jaar */
                        budget_eur?: number;
                        /** @enum {string} */
                        status?: "planned" | "running" | "done" | "stopped";
                    };
                };
            };
            responses: {
                /** @description Het programma met de nieuwe maatregel */
                201: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programme: {
                                id: number;
                                region: string;
                                region_name: string;
                                period: string;
                                /** @enum {string} */
                                status: "draft" | "adopted" | "running" | "finished";
                                /** @description De status in woorden */
                                status_label: string;
                                summary: string;
                                pupils_in_belgium: number;
                                /** @description Stuur deze mee met een wijziging */
                                version: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            parties: {
                                /** @enum {string} */
                                role: "contact_school" | "contact_municipality" | "central_municipality";
                                role_label: string;
                                code: string;
                                name: string;
                            }[];
                            topics: {
                                code: string;
                                title: string;
                                description: string;
                                source: string;
                                agreement: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            measures: {
                                id: number;
                                name: string;
                                target_group: string;
                                topic: string | null;
                                budget_eur: number;
                                /** @enum {string} */
                                status: "planned" | "running" | "done" | "stopped";
                                status_label: string;
                            }[];
                            budget_lines: {
                                id: number;
                                year: number;
                                source: string;
                                amount_eur: number;
                            }[];
                            changes: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actor_id: number | null;
                                actor_name: string;
                                /** @description Wat er gewijzigd is */
                                what: string;
                                /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                            periods: string[];
                            budget: {
                                national_total_eur: number;
                                region_vsv: number;
                                national_vsv: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                share_eur: number;
                                pupils_in_belgium: number;
                                belgium_supplement_eur: number;
                                total_eur: number;
                                /** @description De verdeelsleutel */
                                key: string;
                            } | null;
                            target: ({
                                /** @enum {string} */
                                kind: "adopted_plan";
                                plan_id: number;
                                plan_name: string;
                                national_target: number;
                                target_year: number;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            } | {
                                /** @enum {string} */
                                kind: "proportional_share";
                                /** @description Het landelijke doel, geschaald naar het register */
                                national_target: number;
                                /** @description Het referentiedoel */
                                reference_national_target: number;
                                target_year: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            }) | (never | null);
                            indicators: {
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                /**
                                 * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                 * @enum {string}
                                 */
                                stage: "preliminary" | "definitive";
                                start_population: number | null;
                                vsv: number | null;
                                vsv_pct: number | null;
                                change: number | null;
                                change_pct: number | null;
                                previous_teljaar: string | null;
                                /** @description preliminary of definitive */
                                previous_stage: string | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                                national_vsv: number | null;
                                national_vsv_pct: number | null;
                            } | null;
                            /** @description Waarom er geen cijfers bij staan */
                            figures_unavailable: string | null;
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Intussen gewijzigd door iemand anders (met de huidige versie en stand), of bestaat al */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie */
                            current_version?: number;
                            programme?: {
                                programme: {
                                    id: number;
                                    region: string;
                                    region_name: string;
                                    period: string;
                                    /** @enum {string} */
                                    status: "draft" | "adopted" | "running" | "finished";
                                    /** @description De status in woorden */
                                    status_label: string;
                                    summary: string;
                                    pupils_in_belgium: number;
                                    /** @description Stuur deze mee met een wijziging */
                                    version: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                };
                                parties: {
                                    /** @enum {string} */
                                    role: "contact_school" | "contact_municipality" | "central_municipality";
                                    role_label: string;
                                    code: string;
                                    name: string;
                                }[];
                                topics: {
                                    code: string;
                                    title: string;
                                    description: string;
                                    source: string;
                                    agreement: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                measures: {
                                    id: number;
                                    name: string;
                                    target_group: string;
                                    topic: string | null;
                                    budget_eur: number;
                                    /** @enum {string} */
                                    status: "planned" | "running" | "done" | "stopped";
                                    status_label: string;
                                }[];
                                budget_lines: {
                                    id: number;
                                    year: number;
                                    source: string;
                                    amount_eur: number;
                                }[];
                                changes: {
                                    id: number;
                                    /** Format: date-time */
                                    at: string;
                                    actor_id: number | null;
                                    actor_name: string;
                                    /** @description Wat er gewijzigd is */
                                    what: string;
                                    /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                                periods: string[];
                                budget: {
                                    national_total_eur: number;
                                    region_vsv: number;
                                    national_vsv: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    share_eur: number;
                                    pupils_in_belgium: number;
                                    belgium_supplement_eur: number;
                                    total_eur: number;
                                    /** @description De verdeelsleutel */
                                    key: string;
                                } | null;
                                target: ({
                                    /** @enum {string} */
                                    kind: "adopted_plan";
                                    plan_id: number;
                                    plan_name: string;
                                    national_target: number;
                                    target_year: number;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "proportional_share";
                                    /** @description Het landelijke doel, geschaald naar het register */
                                    national_target: number;
                                    /** @description Het referentiedoel */
                                    reference_national_target: number;
                                    target_year: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                }) | (never | null);
                                indicators: {
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    /**
                                     * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                     * @enum {string}
                                     */
                                    stage: "preliminary" | "definitive";
                                    start_population: number | null;
                                    vsv: number | null;
                                    vsv_pct: number | null;
                                    change: number | null;
                                    change_pct: number | null;
                                    previous_teljaar: string | null;
                                    /** @description preliminary of definitive */
                                    previous_stage: string | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                    national_vsv: number | null;
                                    national_vsv_pct: number | null;
                                } | null;
                                /** @description Waarom er geen cijfers bij staan */
                                figures_unavailable: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/programmes/{region}/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Een maatregel verwijderen (coördinator van de regio) */
        delete: {
            parameters: {
                query: {
                    /** @description Programmaperiode, bijvoorbeeld 2025-2028 (standaard: de laatste van de regio) */
                    period?: string;
                    /** @description De versie die u las (optimistische gelijktijdigheid): 409 met de huidige als die intussen gewijzigd is */
                    version: number;
                };
                header?: never;
                path: {
                    /**
                     * @description RMC-/Doorstroompuntregio 01-41
                     * @example 29
                     */
                    region: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Het programma zonder de maatregel */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programme: {
                                id: number;
                                region: string;
                                region_name: string;
                                period: string;
                                /** @enum {string} */
                                status: "draft" | "adopted" | "running" | "finished";
                                /** @description De status in woorden */
                                status_label: string;
                                summary: string;
                                pupils_in_belgium: number;
                                /** @description Stuur deze mee met een wijziging */
                                version: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            parties: {
                                /** @enum {string} */
                                role: "contact_school" | "contact_municipality" | "central_municipality";
                                role_label: string;
                                code: string;
                                name: string;
                            }[];
                            topics: {
                                code: string;
                                title: string;
                                description: string;
                                source: string;
                                agreement: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            measures: {
                                id: number;
                                name: string;
                                target_group: string;
                                topic: string | null;
                                budget_eur: number;
                                /** @enum {string} */
                                status: "planned" | "running" | "done" | "stopped";
                                status_label: string;
                            }[];
                            budget_lines: {
                                id: number;
                                year: number;
                                source: string;
                                amount_eur: number;
                            }[];
                            changes: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actor_id: number | null;
                                actor_name: string;
                                /** @description Wat er gewijzigd is */
                                what: string;
                                /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                            periods: string[];
                            budget: {
                                national_total_eur: number;
                                region_vsv: number;
                                national_vsv: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                share_eur: number;
                                pupils_in_belgium: number;
                                belgium_supplement_eur: number;
                                total_eur: number;
                                /** @description De verdeelsleutel */
                                key: string;
                            } | null;
                            target: ({
                                /** @enum {string} */
                                kind: "adopted_plan";
                                plan_id: number;
                                plan_name: string;
                                national_target: number;
                                target_year: number;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            } | {
                                /** @enum {string} */
                                kind: "proportional_share";
                                /** @description Het landelijke doel, geschaald naar het register */
                                national_target: number;
                                /** @description Het referentiedoel */
                                reference_national_target: number;
                                target_year: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            }) | (never | null);
                            indicators: {
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                /**
                                 * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                 * @enum {string}
                                 */
                                stage: "preliminary" | "definitive";
                                start_population: number | null;
                                vsv: number | null;
                                vsv_pct: number | null;
                                change: number | null;
                                change_pct: number | null;
                                previous_teljaar: string | null;
                                /** @description preliminary of definitive */
                                previous_stage: string | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                                national_vsv: number | null;
                                national_vsv_pct: number | null;
                            } | null;
                            /** @description Waarom er geen cijfers bij staan */
                            figures_unavailable: string | null;
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Intussen gewijzigd door iemand anders (met de huidige versie en stand), of bestaat al */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie */
                            current_version?: number;
                            programme?: {
                                programme: {
                                    id: number;
                                    region: string;
                                    region_name: string;
                                    period: string;
                                    /** @enum {string} */
                                    status: "draft" | "adopted" | "running" | "finished";
                                    /** @description De status in woorden */
                                    status_label: string;
                                    summary: string;
                                    pupils_in_belgium: number;
                                    /** @description Stuur deze mee met een wijziging */
                                    version: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                };
                                parties: {
                                    /** @enum {string} */
                                    role: "contact_school" | "contact_municipality" | "central_municipality";
                                    role_label: string;
                                    code: string;
                                    name: string;
                                }[];
                                topics: {
                                    code: string;
                                    title: string;
                                    description: string;
                                    source: string;
                                    agreement: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                measures: {
                                    id: number;
                                    name: string;
                                    target_group: string;
                                    topic: string | null;
                                    budget_eur: number;
                                    /** @enum {string} */
                                    status: "planned" | "running" | "done" | "stopped";
                                    status_label: string;
                                }[];
                                budget_lines: {
                                    id: number;
                                    year: number;
                                    source: string;
                                    amount_eur: number;
                                }[];
                                changes: {
                                    id: number;
                                    /** Format: date-time */
                                    at: string;
                                    actor_id: number | null;
                                    actor_name: string;
                                    /** @description Wat er gewijzigd is */
                                    what: string;
                                    /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                                periods: string[];
                                budget: {
                                    national_total_eur: number;
                                    region_vsv: number;
                                    national_vsv: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    share_eur: number;
                                    pupils_in_belgium: number;
                                    belgium_supplement_eur: number;
                                    total_eur: number;
                                    /** @description De verdeelsleutel */
                                    key: string;
                                } | null;
                                target: ({
                                    /** @enum {string} */
                                    kind: "adopted_plan";
                                    plan_id: number;
                                    plan_name: string;
                                    national_target: number;
                                    target_year: number;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "proportional_share";
                                    /** @description Het landelijke doel, geschaald naar het register */
                                    national_target: number;
                                    /** @description Het referentiedoel */
                                    reference_national_target: number;
                                    target_year: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                }) | (never | null);
                                indicators: {
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    /**
                                     * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                     * @enum {string}
                                     */
                                    stage: "preliminary" | "definitive";
                                    start_population: number | null;
                                    vsv: number | null;
                                    vsv_pct: number | null;
                                    change: number | null;
                                    change_pct: number | null;
                                    previous_teljaar: string | null;
                                    /** @description preliminary of definitive */
                                    previous_stage: string | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                    national_vsv: number | null;
                                    national_vsv_pct: number | null;
                                } | null;
                                /** @description Waarom er geen cijfers bij staan */
                                figures_unavailable: string | null;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Een maatregel wijzigen (coördinator van de regio) */
        patch: {
            parameters: {
                query?: {
                    /** @description Programmaperiode, bijvoorbeeld 2025-2028 (standaard: de laatste van de regio) */
                    period?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description RMC-/Doorstroompuntregio 01-41
                     * @example 29
                     */
                    region: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description De versie die u las (optimistische gelijktijdigheid): 409 met de huidige als die intussen gewijzigd is */
                        version: number;
                        /** @description Naam van de maatregel */
                        name?: string;
                        /** @description Doelgroep */
                        target_group?: string;
                        /** @description Code van een thema van het programma, of null */
                        topic?: string | null;
                        /** @description Euro per jaar */
                        budget_eur?: number;
                        /** @enum {string} */
                        status?: "planned" | "running" | "done" | "stopped";
                    };
                };
            };
            responses: {
                /** @description Het programma na de wijziging */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programme: {
                                id: number;
                                region: string;
                                region_name: string;
                                period: string;
                                /** @enum {string} */
                                status: "draft" | "adopted" | "running" | "finished";
                                /** @description De status in woorden */
                                status_label: string;
                                summary: string;
                                pupils_in_belgium: number;
                                /** @description Stuur deze mee met een wijziging */
                                version: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            parties: {
                                /** @enum {string} */
                                role: "contact_school" | "contact_municipality" | "central_municipality";
                                role_label: string;
                                code: string;
                                name: string;
                            }[];
                            topics: {
                                code: string;
                                title: string;
                                description: string;
                                source: string;
                                agreement: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            measures: {
                                id: number;
                                name: string;
                                target_group: string;
                                topic: string | null;
                                budget_eur: number;
                                /** @enum {string} */
                                status: "planned" | "running" | "done" | "stopped";
                                status_label: string;
                            }[];
                            budget_lines: {
                                id: number;
                                year: number;
                                source: string;
                                amount_eur: number;
                            }[];
                            changes: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actor_id: number | null;
                                actor_name: string;
                                /** @description Wat er gewijzigd is */
                                what: string;
                                /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                            periods: string[];
                            budget: {
                                national_total_eur: number;
                                region_vsv: number;
                                national_vsv: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                share_eur: number;
                                pupils_in_belgium: number;
                                belgium_supplement_eur: number;
                                total_eur: number;
                                /** @description De verdeelsleutel */
                                key: string;
                            } | null;
                            target: ({
                                /** @enum {string} */
                                kind: "adopted_plan";
                                plan_id: number;
                                plan_name: string;
                                national_target: number;
                                target_year: number;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            } | {
                                /** @enum {string} */
                                kind: "proportional_share";
                                /** @description Het landelijke doel, geschaald naar het register */
                                national_target: number;
                                /** @description Het referentiedoel */
                                reference_national_target: number;
                                target_year: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            }) | (never | null);
                            indicators: {
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                /**
                                 * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                 * @enum {string}
                                 */
                                stage: "preliminary" | "definitive";
                                start_population: number | null;
                                vsv: number | null;
                                vsv_pct: number | null;
                                change: number | null;
                                change_pct: number | null;
                                previous_teljaar: string | null;
                                /** @description preliminary of definitive */
                                previous_stage: string | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                                national_vsv: number | null;
                                national_vsv_pct: number | null;
                            } | null;
                            /** @description Waarom er geen cijfers bij staan */
                            figures_unavailable: string | null;
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Intussen gewijzigd door iemand anders (met de huidige versie en stand), of bestaat al */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie */
                            current_version?: number;
                            programme?: {
                                programme: {
                                    id: number;
                                    region: string;
                                    region_name: string;
                                    period: string;
                                    /** @enum {string} */
                                    status: "draft" | "adopted" | "running" | "finished";
                                    /** @description De status in woorden */
                                    status_label: string;
                                    summary: string;
                                    pupils_in_belgium: number;
                                    /** @description Stuur deze mee met een wijziging */
                                    version: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                };
                                parties: {
                                    /** @enum {string} */
                                    role: "contact_school" | "contact_municipality" | "central_municipality";
                                    role_label: string;
                                    code: string;
                                    name: string;
                                }[];
                                topics: {
                                    code: string;
                                    title: string;
                                    description: string;
                                    source: string;
                                    agreement: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                measures: {
                                    id: number;
                                    name: string;
                                    target_group: string;
                                    topic: string | null;
                                    budget_eur: number;
                                    /** @enum {string} */
                                    status: "planned" | "running" | "done" | "stopped";
                                    status_label: string;
                                }[];
                                budget_lines: {
                                    id: number;
                                    year: number;
                                    source: string;
                                    amount_eur: number;
                                }[];
                                changes: {
                                    id: number;
                                    /** Format: date-time */
                                    at: string;
                                    actor_id: number | null;
                                    actor_name: string;
                                    /** @description Wat er gewijzigd is */
                                    what: string;
                                    /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                                periods: string[];
                                budget: {
                                    national_total_eur: number;
                                    region_vsv: number;
                                    national_vsv: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    share_eur: number;
                                    pupils_in_belgium: number;
                                    belgium_supplement_eur: number;
                                    total_eur: number;
                                    /** @description De verdeelsleutel */
                                    key: string;
                                } | null;
                                target: ({
                                    /** @enum {string} */
                                    kind: "adopted_plan";
                                    plan_id: number;
                                    plan_name: string;
                                    national_target: number;
                                    target_year: number;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "proportional_share";
                                    /** @description Het landelijke doel, geschaald naar het register */
                                    national_target: number;
                                    /** @description Het referentiedoel */
                                    reference_national_target: number;
                                    target_year: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                }) | (never | null);
                                indicators: {
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    /**
                                     * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                     * @enum {string}
                                     */
                                    stage: "preliminary" | "definitive";
                                    start_population: number | null;
                                    vsv: number | null;
                                    vsv_pct: number | null;
                                    change: number | null;
                                    change_pct: number | null;
                                    previous_teljaar: string | null;
                                    /** @description preliminary of definitive */
                                    previous_stage: string | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                    national_vsv: number | null;
                                    national_vsv_pct: number | null;
                                } | null;
                                /** @description Waarom er geen cijfers bij staan */
                                figures_unavailable: string | null;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/steering/programmes/{region}/budget-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een begrotingsregel toevoegen naast het landelijke aandeel, bijvoorbeeld cofinanciering (coördinator van de regio) */
        post: {
            parameters: {
                query?: {
                    /** @description Programmaperiode, bijvoorbeeld 2025-2028 (standaard: de laatste van de regio) */
                    period?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description RMC-/Doorstroompuntregio 01-41
                     * @example 29
                     */
                    region: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description De versie die u las (optimistische gelijktijdigheid): 409 met de huidige als die intussen gewijzigd is */
                        version: number;
                        /** @description Jaar binnen de periode */
                        year: number;
                        /** @description Bron, bijvoorbeeld cofinanciering */
                        source: string;
                        /** @description Bedrag in euro */
                        amount_eur: number;
                    };
                };
            };
            responses: {
                /** @description Het programma met de nieuwe begrotingsregel */
                201: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programme: {
                                id: number;
                                region: string;
                                region_name: string;
                                period: string;
                                /** @enum {string} */
                                status: "draft" | "adopted" | "running" | "finished";
                                /** @description De status in woorden */
                                status_label: string;
                                summary: string;
                                pupils_in_belgium: number;
                                /** @description Stuur deze mee met een wijziging */
                                version: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            parties: {
                                /** @enum {string} */
                                role: "contact_school" | "contact_municipality" | "central_municipality";
                                role_label: string;
                                code: string;
                                name: string;
                            }[];
                            topics: {
                                code: string;
                                title: string;
                                description: string;
                                source: string;
                                agreement: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            measures: {
                                id: number;
                                name: string;
                                target_group: string;
                                topic: string | null;
                                budget_eur: number;
                                /** @enum {string} */
                                status: "planned" | "running" | "done" | "stopped";
                                status_label: string;
                            }[];
                            budget_lines: {
                                id: number;
                                year: number;
                                source: string;
                                amount_eur: number;
                            }[];
                            changes: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actor_id: number | null;
                                actor_name: string;
                                /** @description Wat er gewijzigd is */
                                what: string;
                                /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                            periods: string[];
                            budget: {
                                national_total_eur: number;
                                region_vsv: number;
                                national_vsv: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                share_eur: number;
                                pupils_in_belgium: number;
                                belgium_supplement_eur: number;
                                total_eur: number;
                                /** @description De verdeelsleutel */
                                key: string;
                            } | null;
                            target: ({
                                /** @enum {string} */
                                kind: "adopted_plan";
                                plan_id: number;
                                plan_name: string;
                                national_target: number;
                                target_year: number;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            } | {
                                /** @enum {string} */
                                kind: "proportional_share";
                                /** @description Het landelijke doel, geschaald naar het register */
                                national_target: number;
                                /** @description Het referentiedoel */
                                reference_national_target: number;
                                target_year: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            }) | (never | null);
                            indicators: {
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                /**
                                 * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                 * @enum {string}
                                 */
                                stage: "preliminary" | "definitive";
                                start_population: number | null;
                                vsv: number | null;
                                vsv_pct: number | null;
                                change: number | null;
                                change_pct: number | null;
                                previous_teljaar: string | null;
                                /** @description preliminary of definitive */
                                previous_stage: string | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                                national_vsv: number | null;
                                national_vsv_pct: number | null;
                            } | null;
                            /** @description Waarom er geen cijfers bij staan */
                            figures_unavailable: string | null;
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Intussen gewijzigd door iemand anders (met de huidige versie en stand), of bestaat al */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie */
                            current_version?: number;
                            programme?: {
                                programme: {
                                    id: number;
                                    region: string;
                                    region_name: string;
                                    period: string;
                                    /** @enum {string} */
                                    status: "draft" | "adopted" | "running" | "finished";
                                    /** @description De status in woorden */
                                    status_label: string;
                                    summary: string;
                                    pupils_in_belgium: number;
                                    /** @description Stuur deze mee met een wijziging */
                                    version: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                };
                                parties: {
                                    /** @enum {string} */
                                    role: "contact_school" | "contact_municipality" | "central_municipality";
                                    role_label: string;
                                    code: string;
                                    name: string;
                                }[];
                                topics: {
                                    code: string;
                                    title: string;
                                    description: string;
                                    source: string;
                                    agreement: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                measures: {
                                    id: number;
                                    name: string;
                                    target_group: string;
                                    topic: string | null;
                                    budget_eur: number;
                                    /** @enum {string} */
                                    status: "planned" | "running" | "done" | "stopped";
                                    status_label: string;
                                }[];
                                budget_lines: {
                                    id: number;
                                    year: number;
                                    source: string;
                                    amount_eur: number;
                                }[];
                                changes: {
                                    id: number;
                                    /** Format: date-time */
                                    at: string;
                                    actor_id: number | null;
                                    actor_name: string;
                                    /** @description Wat er gewijzigd is */
                                    what: string;
                                    /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                                periods: string[];
                                budget: {
                                    national_total_eur: number;
                                    region_vsv: number;
                                    national_vsv: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    share_eur: number;
                                    pupils_in_belgium: number;
                                    belgium_supplement_eur: number;
                                    total_eur: number;
                                    /** @description De verdeelsleutel */
                                    key: string;
                                } | null;
                                target: ({
                                    /** @enum {string} */
                                    kind: "adopted_plan";
                                    plan_id: number;
                                    plan_name: string;
                                    national_target: number;
                                    target_year: number;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "proportional_share";
                                    /** @description Het landelijke doel, geschaald naar het register */
                                    national_target: number;
                                    /** @description Het referentiedoel */
                                    reference_national_target: number;
                                    target_year: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                }) | (never | null);
                                indicators: {
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    /**
                                     * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                     * @enum {string}
                                     */
                                    stage: "preliminary" | "definitive";
                                    start_population: number | null;
                                    vsv: number | null;
                                    vsv_pct: number | null;
                                    change: number | null;
                                    change_pct: number | null;
                                    previous_teljaar: string | null;
                                    /** @description preliminary of definitive */
                                    previous_stage: string | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                    national_vsv: number | null;
                                    national_vsv_pct: number | null;
                                } | null;
                                /** @description Waarom er geen cijfers bij staan */
                                figures_unavailable: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/steering/programmes/{region}/budget-lines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Een begrotingsregel verwijderen (coördinator van de regio) */
        delete: {
            parameters: {
                query: {
                    /** @description Programmaperiode, bijvoorbeeld 2025-2028 (standaard: de laatste van de regio) */
                    period?: string;
                    /** @description De versie die u las (optimistische gelijktijdigheid): 409 met de huidige als die intussen gewijzigd is */
                    version: number;
                };
                header?: never;
                path: {
                    /**
                     * @description RMC-/Doorstroompuntregio 01-41
                     * @example 29
                     */
                    region: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Het programma zonder de begrotingsregel */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programme: {
                                id: number;
                                region: string;
                                region_name: string;
                                period: string;
                                /** @enum {string} */
                                status: "draft" | "adopted" | "running" | "finished";
                                /** @description De status in woorden */
                                status_label: string;
                                summary: string;
                                pupils_in_belgium: number;
                                /** @description Stuur deze mee met een wijziging */
                                version: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            parties: {
                                /** @enum {string} */
                                role: "contact_school" | "contact_municipality" | "central_municipality";
                                role_label: string;
                                code: string;
                                name: string;
                            }[];
                            topics: {
                                code: string;
                                title: string;
                                description: string;
                                source: string;
                                agreement: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            measures: {
                                id: number;
                                name: string;
                                target_group: string;
                                topic: string | null;
                                budget_eur: number;
                                /** @enum {string} */
                                status: "planned" | "running" | "done" | "stopped";
                                status_label: string;
                            }[];
                            budget_lines: {
                                id: number;
                                year: number;
                                source: string;
                                amount_eur: number;
                            }[];
                            changes: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actor_id: number | null;
                                actor_name: string;
                                /** @description Wat er gewijzigd is */
                                what: string;
                                /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                            periods: string[];
                            budget: {
                                national_total_eur: number;
                                region_vsv: number;
                                national_vsv: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                share_eur: number;
                                pupils_in_belgium: number;
                                belgium_supplement_eur: number;
                                total_eur: number;
                                /** @description De verdeelsleutel */
                                key: string;
                            } | null;
                            target: ({
                                /** @enum {string} */
                                kind: "adopted_plan";
                                plan_id: number;
                                plan_name: string;
                                national_target: number;
                                target_year: number;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            } | {
                                /** @enum {string} */
                                kind: "proportional_share";
                                /** @description Het landelijke doel, geschaald naar het register */
                                national_target: number;
                                /** @description Het referentiedoel */
                                reference_national_target: number;
                                target_year: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            }) | (never | null);
                            indicators: {
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                /**
                                 * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                 * @enum {string}
                                 */
                                stage: "preliminary" | "definitive";
                                start_population: number | null;
                                vsv: number | null;
                                vsv_pct: number | null;
                                change: number | null;
                                change_pct: number | null;
                                previous_teljaar: string | null;
                                /** @description preliminary of definitive */
                                previous_stage: string | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                                national_vsv: number | null;
                                national_vsv_pct: number | null;
                            } | null;
                            /** @description Waarom er geen cijfers bij staan */
                            figures_unavailable: string | null;
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Intussen gewijzigd door iemand anders (met de huidige versie en stand), of bestaat al */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie */
                            current_version?: number;
                            programme?: {
                                programme: {
                                    id: number;
                                    region: string;
                                    region_name: string;
                                    period: string;
                                    /** @enum {string} */
                                    status: "draft" | "adopted" | "running" | "finished";
                                    /** @description De status in woorden */
                                    status_label: string;
                                    summary: string;
                                    pupils_in_belgium: number;
                                    /** @description Stuur deze mee met een wijziging */
                                    version: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                };
                                parties: {
                                    /** @enum {string} */
                                    role: "contact_school" | "contact_municipality" | "central_municipality";
                                    role_label: string;
                                    code: string;
                                    name: string;
                                }[];
                                topics: {
                                    code: string;
                                    title: string;
                                    description: string;
                                    source: string;
                                    agreement: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                measures: {
                                    id: number;
                                    name: string;
                                    target_group: string;
                                    topic: string | null;
                                    budget_eur: number;
                                    /** @enum {string} */
                                    status: "planned" | "running" | "done" | "stopped";
                                    status_label: string;
                                }[];
                                budget_lines: {
                                    id: number;
                                    year: number;
                                    source: string;
                                    amount_eur: number;
                                }[];
                                changes: {
                                    id: number;
                                    /** Format: date-time */
                                    at: string;
                                    actor_id: number | null;
                                    actor_name: string;
                                    /** @description Wat er gewijzigd is */
                                    what: string;
                                    /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                                periods: string[];
                                budget: {
                                    national_total_eur: number;
                                    region_vsv: number;
                                    national_vsv: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    share_eur: number;
                                    pupils_in_belgium: number;
                                    belgium_supplement_eur: number;
                                    total_eur: number;
                                    /** @description De verdeelsleutel */
                                    key: string;
                                } | null;
                                target: ({
                                    /** @enum {string} */
                                    kind: "adopted_plan";
                                    plan_id: number;
                                    plan_name: string;
                                    national_target: number;
                                    target_year: number;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "proportional_share";
                                    /** @description Het landelijke doel, geschaald naar het register */
                                    national_target: number;
                                    /** @description Het referentiedoel */
                                    reference_national_target: number;
                                    target_year: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                }) | (never | null);
                                indicators: {
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    /**
                                     * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                     * @enum {string}
                                     */
                                    stage: "preliminary" | "definitive";
                                    start_population: number | null;
                                    vsv: number | null;
                                    vsv_pct: number | null;
                                    change: number | null;
                                    change_pct: number | null;
                                    previous_teljaar: string | null;
                                    /** @description preliminary of definitive */
                                    previous_stage: string | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                    national_vsv: number | null;
                                    national_vsv_pct: number | null;
                                } | null;
                                /** @description Waarom er geen cijfers bij staan */
                                figures_unavailable: string | null;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Een begrotingsregel wijzigen: het jaar, de bron of het bedrag (coördinator van de regio)
         * @description Stuur alleen wat verandert; de geschiedenis legt oude en nieuwe waarden vast. 400 als er niets verandert of het jaar buiten de periode ligt.
         */
        patch: {
            parameters: {
                query?: {
                    /** @description Programmaperiode, bijvoorbeeld 2025-2028 (standaard: de laatste van de regio) */
                    period?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description RMC-/Doorstroompuntregio 01-41
                     * @example 29
                     */
                    region: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description De versie die u las (optimistische gelijktijdigheid): 409 met de huidige als die intussen gewijzigd is */
                        version: number;
                        /** @description Jaar binnen de periode */
                        year?: number;
                        /** @description Bron, bijvoorbeeld cofinanciering */
                        source?: string;
                        /** @description Bedrag in euro */
                        amount_eur?: number;
                    };
                };
            };
            responses: {
                /** @description Het programma na de wijziging */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programme: {
                                id: number;
                                region: string;
                                region_name: string;
                                period: string;
                                /** @enum {string} */
                                status: "draft" | "adopted" | "running" | "finished";
                                /** @description De status in woorden */
                                status_label: string;
                                summary: string;
                                pupils_in_belgium: number;
                                /** @description Stuur deze mee met een wijziging */
                                version: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            };
                            parties: {
                                /** @enum {string} */
                                role: "contact_school" | "contact_municipality" | "central_municipality";
                                role_label: string;
                                code: string;
                                name: string;
                            }[];
                            topics: {
                                code: string;
                                title: string;
                                description: string;
                                source: string;
                                agreement: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            measures: {
                                id: number;
                                name: string;
                                target_group: string;
                                topic: string | null;
                                budget_eur: number;
                                /** @enum {string} */
                                status: "planned" | "running" | "done" | "stopped";
                                status_label: string;
                            }[];
                            budget_lines: {
                                id: number;
                                year: number;
                                source: string;
                                amount_eur: number;
                            }[];
                            changes: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actor_id: number | null;
                                actor_name: string;
                                /** @description Wat er gewijzigd is */
                                what: string;
                                /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                            periods: string[];
                            budget: {
                                national_total_eur: number;
                                region_vsv: number;
                                national_vsv: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                share_eur: number;
                                pupils_in_belgium: number;
                                belgium_supplement_eur: number;
                                total_eur: number;
                                /** @description De verdeelsleutel */
                                key: string;
                            } | null;
                            target: ({
                                /** @enum {string} */
                                kind: "adopted_plan";
                                plan_id: number;
                                plan_name: string;
                                national_target: number;
                                target_year: number;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            } | {
                                /** @enum {string} */
                                kind: "proportional_share";
                                /** @description Het landelijke doel, geschaald naar het register */
                                national_target: number;
                                /** @description Het referentiedoel */
                                reference_national_target: number;
                                target_year: number;
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                region_target: number;
                                note: string;
                            }) | (never | null);
                            indicators: {
                                teljaar: string;
                                /**
                                 * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                 * @enum {integer}
                                 */
                                definition: 23 | 27;
                                /**
                                 * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                 * @enum {string}
                                 */
                                stage: "preliminary" | "definitive";
                                start_population: number | null;
                                vsv: number | null;
                                vsv_pct: number | null;
                                change: number | null;
                                change_pct: number | null;
                                previous_teljaar: string | null;
                                /** @description preliminary of definitive */
                                previous_stage: string | null;
                                /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                suppressed: string[];
                                national_vsv: number | null;
                                national_vsv_pct: number | null;
                            } | null;
                            /** @description Waarom er geen cijfers bij staan */
                            figures_unavailable: string | null;
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Intussen gewijzigd door iemand anders (met de huidige versie en stand), of bestaat al */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie */
                            current_version?: number;
                            programme?: {
                                programme: {
                                    id: number;
                                    region: string;
                                    region_name: string;
                                    period: string;
                                    /** @enum {string} */
                                    status: "draft" | "adopted" | "running" | "finished";
                                    /** @description De status in woorden */
                                    status_label: string;
                                    summary: string;
                                    pupils_in_belgium: number;
                                    /** @description Stuur deze mee met een wijziging */
                                    version: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                };
                                parties: {
                                    /** @enum {string} */
                                    role: "contact_school" | "contact_municipality" | "central_municipality";
                                    role_label: string;
                                    code: string;
                                    name: string;
                                }[];
                                topics: {
                                    code: string;
                                    title: string;
                                    description: string;
                                    source: string;
                                    agreement: string;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                measures: {
                                    id: number;
                                    name: string;
                                    target_group: string;
                                    topic: string | null;
                                    budget_eur: number;
                                    /** @enum {string} */
                                    status: "planned" | "running" | "done" | "stopped";
                                    status_label: string;
                                }[];
                                budget_lines: {
                                    id: number;
                                    year: number;
                                    source: string;
                                    amount_eur: number;
                                }[];
                                changes: {
                                    id: number;
                                    /** Format: date-time */
                                    at: string;
                                    actor_id: number | null;
                                    actor_name: string;
                                    /** @description Wat er gewijzigd is */
                                    what: string;
                                    /** @description De wijziging: de gewijzigde velden met hun oude (from) en nieuwe (to) waarde */
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                /** @description Alle perioden waarvoor de regio een programma heeft, de laatste eerst */
                                periods: string[];
                                budget: {
                                    national_total_eur: number;
                                    region_vsv: number;
                                    national_vsv: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    share_eur: number;
                                    pupils_in_belgium: number;
                                    belgium_supplement_eur: number;
                                    total_eur: number;
                                    /** @description De verdeelsleutel */
                                    key: string;
                                } | null;
                                target: ({
                                    /** @enum {string} */
                                    kind: "adopted_plan";
                                    plan_id: number;
                                    plan_name: string;
                                    national_target: number;
                                    target_year: number;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "proportional_share";
                                    /** @description Het landelijke doel, geschaald naar het register */
                                    national_target: number;
                                    /** @description Het referentiedoel */
                                    reference_national_target: number;
                                    target_year: number;
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    region_target: number;
                                    note: string;
                                }) | (never | null);
                                indicators: {
                                    teljaar: string;
                                    /**
                                     * @description Leeftijdsgrens: 23 of 27 (standaard: de officiële definitie van het teljaar)
                                     * @enum {integer}
                                     */
                                    definition: 23 | 27;
                                    /**
                                     * @description preliminary (voorlopig) of definitive (definitief); standaard definitief als het register compleet is
                                     * @enum {string}
                                     */
                                    stage: "preliminary" | "definitive";
                                    start_population: number | null;
                                    vsv: number | null;
                                    vsv_pct: number | null;
                                    change: number | null;
                                    change_pct: number | null;
                                    previous_teljaar: string | null;
                                    /** @description preliminary of definitive */
                                    previous_stage: string | null;
                                    /** @description Velden die zijn afgeschermd (kleine aantallen) */
                                    suppressed: string[];
                                    national_vsv: number | null;
                                    national_vsv_pct: number | null;
                                } | null;
                                /** @description Waarom er geen cijfers bij staan */
                                figures_unavailable: string | null;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/steering/action-plan/actions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Een actie wijzigen (landelijk analisten): status, datums, indicator, en/of een voortgangsnotitie toevoegen
         * @description Een notitie krijgt de datum noted_on (standaard: vandaag). Status done zonder done_on zet done_on op de datum van de notitie of vandaag.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Code van de actie, bijvoorbeeld 1.2 */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description De versie die u las (optimistische gelijktijdigheid): 409 met de huidige als die intussen gewijzigd is */
                        version: number;
                        /** @enum {string} */
                        status?: "not_started" | "in_progress" | "done";
                        indicator?: string;
                        /**
                         * Format: date
                         * @description JJJJ-MM-DD
                         */
                        started_on?: string | null;
                        /**
                         * Format: date
                         * @description JJJJ-MM-DD
                         */
                        due_on?: string | null;
                        /**
                         * Format: date
                         * @description JJJJ-MM-DD
                         */
                        done_on?: string | null;
                        /** @description Een voortgangsnotitie */
                        note?: string;
                        /**
                         * Format: date
                         * @description Datum van de notitie (standaard: vandaag)
                         */
                        noted_on?: string;
                    };
                };
            };
            responses: {
                /** @description De actie na de wijziging */
                200: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Code, bijvoorbeeld 1.2 */
                            code: string;
                            line: number;
                            title: string;
                            description: string;
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "done";
                            status_label: string;
                            indicator: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            started_on: string | null;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            due_on: string | null;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            done_on: string | null;
                            /** @description Stuur deze mee met een wijziging */
                            version: number;
                            /** Format: date-time */
                            updated_at: string;
                            updated_by: string | null;
                            notes: {
                                id: number;
                                /**
                                 * Format: date
                                 * @description JJJJ-MM-DD
                                 */
                                noted_on: string;
                                text: string;
                                author: string;
                            }[];
                        };
                    };
                };
                /** @description Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke */
                400: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet ingelogd */
                401: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Geen toegang */
                403: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Niet gevonden */
                404: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Intussen gewijzigd door iemand anders (met de huidige versie en stand), of bestaat al */
                409: {
                    headers: {
                        /** @description De volledige versie van de API die antwoordde (major.minor.patch) */
                        "API-Version"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description URI van de soort fout */
                            type: string;
                            /** @description Korte titel */
                            title: string;
                            /** @description HTTP-status */
                            status: number;
                            /** @description Wat er mis is en wat u kunt doen */
                            detail: string;
                            /** @description Het pad van het verzoek */
                            instance: string;
                            /** @description De parameters die niet kloppen */
                            invalid_params?: {
                                /** @description Naam van de parameter (of veld/veld in de inhoud) */
                                name: string;
                                /** @description Waarom de waarde niet klopt */
                                reason: string;
                            }[];
                            /** @description De huidige versie */
                            current_version?: number;
                            action?: {
                                /** @description Code, bijvoorbeeld 1.2 */
                                code: string;
                                line: number;
                                title: string;
                                description: string;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "done";
                                status_label: string;
                                indicator: string;
                                /**
                                 * Format: date
                                 * @description JJJJ-MM-DD
                                 */
                                started_on: string | null;
                                /**
                                 * Format: date
                                 * @description JJJJ-MM-DD
                                 */
                                due_on: string | null;
                                /**
                                 * Format: date
                                 * @description JJJJ-MM-DD
                                 */
                                done_on: string | null;
                                /** @description Stuur deze mee met een wijziging */
                                version: number;
                                /** Format: date-time */
                                updated_at: string;
                                updated_by: string | null;
                                notes: {
                                    id: number;
                                    /**
                                     * Format: date
                                     * @description JJJJ-MM-DD
                                     */
                                    noted_on: string;
                                    text: string;
                                    author: string;
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
