"""Build the labelled sample corpus: samples/<name>.<format> from samples/src/<name>.txt.

Run from anywhere with ``python samples/generate.py``. Reads ``samples/manifest.csv`` (columns
``name,format``; format is pdf, docx or txt) and renders each contract source with
:mod:`samples.docgen`. Output is deterministic: the same sources give byte-identical files.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent
REPO_ROOT = SAMPLES_DIR.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from samples.docgen import build_docx, build_pdf, build_txt, parse_source  # noqa: E402

SOURCE_DIR = SAMPLES_DIR / "src"
MANIFEST = SAMPLES_DIR / "manifest.csv"
FORMATS = ("pdf", "docx", "txt")

# Running header (the other party, as a real contract would print it) for PDF and DOCX output.
HEADERS: dict[str, str] = {
    "gs_audiobook_narrator_voice_clone_buyout_nyamasheke": (
        "Ubwenge Books - Narrator Agreement"
    ),
    "gs_coffee_cooperative_packaging_release_noai_huye": (
        "Abahuzamugambi Coffee Growers - Packaging Model Release"
    ),
    "gs_cultural_performer_agency_representation_noai_nyanza": (
        "Umurishyo Talent Agency - Representation Agreement"
    ),
    "gs_event_host_model_agency_terms_noai_kamonyi_long": (
        "Akanyenyeri Events & Models - Agency Terms 2026"
    ),
    "gs_farm_advisory_ivr_synthetic_voice_licence_kibungo": (
        "Umusaruro AgriTech - Voice Licence - Farmer Advisory Line"
    ),
    "gs_heritage_festival_volunteer_digital_replica_release_ruhango": (
        "Umurage Heritage Festival Trust - Volunteer Release"
    ),
    "gs_lakeside_hotel_guest_photo_release_noai_rubavu": (
        "Kivu Shores Hotel - Photography Release"
    ),
    "gs_model_agency_avatar_promotion_agreement_karongi_long": (
        "Kivu Faces Agency - Model Agency Agreement"
    ),
    "gs_model_management_digital_twin_attorney_musanze_long": (
        "Ikirezi Model Management - Exclusive Agreement - Confidential"
    ),
    "gs_mother_agency_digital_twin_placement_gakenke": (
        "Imisozi Model Agency - Digital Twin Schedule"
    ),
    "gs_radio_drama_synthetic_voice_licence_muhanga": (
        "Urumuri Productions - Synthetic Voice Licence"
    ),
    "gs_safari_guide_influencer_management_digital_double_kayonza": (
        "Savanna Voices Management - Creator Agreement"
    ),
    "gs_singer_voice_model_estate_licence_rwamagana": (
        "Inganzo Records - Voice Model Licence"
    ),
    "gs_university_graduate_portrait_ai_avatar_release_nyamata": (
        "Bugesera Institute of Technology - Graduate Release"
    ),
    "gr_synthetic_voice_licence_audio_guide_siem_reap": (
        "Heritage Listening Co., Ltd. - Synthetic Voice Licence - Confidential"
    ),
    "gr_face_voice_dataset_contributor_terms_battambang": (
        "DataHarvest Contributor Terms v3"
    ),
    "gr_de_aging_digital_double_addendum_kampot_long": (
        "THE SALT ROAD - Performer Addendum (De-Aging / Digital Double)"
    ),
    "gr_ivr_tts_voice_agreement_kampong_cham": (
        "Sun Mobile / Lotus Voice Agency - Voice Talent Agreement"
    ),
    "gr_resort_brochure_model_release_noai_takeo": (
        "Lotus Lake Resort - Model Release"
    ),
    "gr_dubbing_voice_actor_agreement_noai_kampong_speu_long": (
        "Golden Reel Dubbing Studio - Dubbing Services Agreement"
    ),
    "gr_ai_ad_platform_creator_terms_kampong_thom": (
        "AdPersona Creator Terms"
    ),
    "gr_fan_chat_ai_twin_creator_terms_prey_veng": (
        "FanTalk Creator Programme - AI Twin"
    ),
    "gr_karaoke_voice_conversion_app_terms_stung_treng": (
        "SingShift Terms of Service"
    ),
    "gr_fitness_instructor_avatar_agreement_banlung": (
        "FitRiver Online - Coach Avatar Agreement"
    ),
    "gr_ecolodge_shoot_release_noai_sen_monorom": (
        "Cloud Forest Lodge - Appearance Release"
    ),
    "gr_animatronic_show_voice_licence_noai_poipet": (
        "Border Star Leisure - Voice Performance Licence"
    ),
    "gr_language_app_tutor_voice_licence_koh_kong_long": (
        "SpeakEasy Community Tutor Programme - Tutor Voice Terms"
    ),
    "gr_travel_video_platform_terms_noai_kampong_chhnang": (
        "RoamClips Community Terms"
    ),
    "gq_fashion_campaign_composite_release_beira_long": (
        "Tecidos do Indico - Campaign Model Release - Confidential"
    ),
    "gq_festival_crowd_filming_notice_noai_ponta_do_ouro": (
        "Sons da Baia Festival - Attendee Filming Terms"
    ),
    "gq_bank_commercial_digital_double_release_maputo": (
        "Lumen Filmes - Poupanca Juntos - Performer Release"
    ),
    "gq_model_management_agreement_digital_twin_dondo_long": (
        "Estrela Models - Exclusive Management Agreement"
    ),
    "gq_agency_client_booking_terms_noai_massinga": (
        "Palmeira Talent - Client Booking Terms"
    ),
    "gq_mother_agency_agreement_noai_marracuene": (
        "Savana Models - Mother Agency Agreement"
    ),
    "gq_surf_athlete_management_avatar_bilene": (
        "Mare Alta Sports Management - Athlete Agreement"
    ),
    "gq_avatar_video_platform_terms_catandica_long": (
        "FalaVideo - Terms of Service - Version 3.2"
    ),
    "gq_stock_contributor_terms_dataset_gondola": (
        "ImagemViva Stock - Contributor Terms"
    ),
    "gq_virtual_tryon_fit_avatar_terms_nhamatanda": (
        "VesteJa - Fit Avatar Programme Terms"
    ),
    "gq_radio_station_jingle_voice_agreement_noai_songo": (
        "Radio Albufeira FM - Voice Artist Agreement"
    ),
    "gq_mobile_network_ivr_synthetic_voice_licence_mueda": (
        "Rede Movel Norte - Synthetic Voice Licence"
    ),
    "gq_game_npc_voice_buyout_inharrime": (
        "Estudio Pixel Quente - Voice Buyout Agreement"
    ),
    "gq_dubbing_trainee_voice_agreement_noai_morrumbene": (
        "Vozes do Sul Dobragens - Trainee Agreement"
    ),
    "gp_model_agency_agreement_digital_twin_amman_long": (
        "Qamar Models - Exclusive Representation Agreement - Confidential"
    ),
    "gp_talent_management_agreement_avatar_irbid": (
        "Northgate Talent Partners - Talent Management Agreement"
    ),
    "gp_agency_booking_terms_clients_noai_aqaba_long": (
        "Coral Coast Models & Talent - Booking Terms, Edition 4"
    ),
    "gp_influencer_management_agreement_noai_madaba": (
        "Mosaic Social Management - Creator Agreement"
    ),
    "gp_athlete_management_agreement_noai_ajloun": (
        "Highland Trail Sports Management - Athlete Agreement 2026-2027"
    ),
    "gp_voice_artist_agency_agreement_voice_model_fuheis": (
        "Echo Hills Voice Agency - Representation Agreement"
    ),
    "gp_audiobook_narrator_voice_model_licence_mafraq_long": (
        "Desert Lantern Audio - Narration and Voice Model Licence"
    ),
    "gp_radio_imaging_voice_agreement_noai_ramtha": (
        "Hawran FM - Imaging Voice Agreement"
    ),
    "gp_heritage_audio_guide_synthetic_voice_wadi_musa": (
        "Rose City Visitor Experiences - Audio Guide Voice Licence"
    ),
    "gp_telecom_ivr_voice_licence_sahab": (
        "Crescent Telecom Services - Voice Clone Licence"
    ),
    "gp_dubbing_voice_licence_synthetic_dub_russeifa": (
        "Silver Screen Dubbing House - Performer Agreement"
    ),
    "gp_heritage_dig_volunteer_photo_release_noai_dhiban": (
        "Plateau Temple Excavation 2026 - Volunteer Release"
    ),
    "gp_farm_cooperative_campaign_release_ai_variants_deir_alla": (
        "Valley Floor Vegetable Growers - Campaign Release"
    ),
    "gp_university_ambassador_release_ai_images_sweileh": (
        "Northern Heights Private University - Ambassador Release"
    ),
    "go_resort_campaign_model_release_digital_twin_varadero": (
        "Arenas Blancas Hotel Group - Model Release (Summer 2026)"
    ),
    "go_dance_company_motion_capture_release_camaguey": (
        "Compania de Danza Tinajon - Dance Avatar Project"
    ),
    "go_wedding_photographer_portfolio_release_noai_gibara": (
        "Luz de Costa Fotografia - Portfolio Release"
    ),
    "go_game_show_contestant_release_synthetic_likeness_bayamo_long": (
        "La Gran Pregunta S3 - Contestant Agreement - CONFIDENTIAL"
    ),
    "go_documentary_participant_restored_voice_release_baracoa": (
        "Rio Miel Documentales - The River Keepers"
    ),
    "go_voice_clone_marketplace_creator_terms_matanzas": (
        "VozViva Creator Programme Terms v2.1"
    ),
    "go_virtual_tryon_fit_model_programme_terms_guantanamo": (
        "Moda Oriental Digital - ProbadorVirtual Terms"
    ),
    "go_fitness_app_trainer_avatar_community_terms_cardenas": (
        "MueveteYa Community Trainer Terms"
    ),
    "go_photo_studio_booking_app_showcase_terms_noai_sagua_la_grande": (
        "Estudio Quince - App Terms of Use"
    ),
    "go_digital_twin_brand_licensing_platform_terms_nueva_gerona": (
        "GemeloPro Talent Terms (2026)"
    ),
    "go_casting_directory_profile_terms_noai_holguin": (
        "CastingOriente - Performer Profile Terms"
    ),
    "go_model_management_agreement_digital_double_sancti_spiritus_long": (
        "Agencia de Modelos Yayabo - Management Agreement"
    ),
    "go_performing_artist_agency_agreement_noai_las_tunas": (
        "Empresa Cucalambe - Artist Representation"
    ),
    "go_mother_agency_development_agreement_noai_vinales_long": (
        "Agencia Madre Mogote - Contract No. ____"
    ),
    "gn_textile_lookbook_release_ai_variations_turkmenabat": (
        "Lebap Silk Works - Model Release SS27"
    ),
    "gn_wedding_expo_avatar_booth_notice_dashoguz": (
        "Toy Bazary Events - Visitor Notice"
    ),
    "gn_stunt_performer_release_noai_balkanabat": (
        "Garagum Pictures LLC - Stunt Performer Agreement"
    ),
    "gn_athlete_sponsorship_likeness_avatar_release_turkmenbashi_long": (
        "Caspian Breeze Beverages - Athlete Agreement - Confidential"
    ),
    "gn_model_management_agreement_digital_twin_bayramaly_long": (
        "Nusay Models Ltd - Exclusive Management Agreement"
    ),
    "gn_influencer_management_brand_chat_avatar_serdar": (
        "Kopetdag Creators Management - Avatar Addendum"
    ),
    "gn_mother_agency_agreement_noai_gazojak": (
        "Amyderya Faces - Mother Agency Agreement"
    ),
    "gn_ai_headshot_generator_terms_baherden": (
        "ProPortret - Terms and Likeness Consent"
    ),
    "gn_virtual_tryon_body_twin_fit_model_murgap": (
        "Gulzar Online Market - Body Twin Programme"
    ),
    "gn_casting_directory_profile_terms_noai_gubadag": (
        "Sahna Casting Directory - Profile Terms"
    ),
    "gn_audiobook_narrator_voice_model_licence_serhetabat_long": (
        "Kitap Sesi Publishing House - Narration and Voice Model"
    ),
    "gn_bank_ivr_synthetic_voice_licence_bereket": (
        "Dayhan Commercial Bank - Synthetic Voice Licence"
    ),
    "gn_game_npc_voice_buyout_synthetic_performance_esenguly": (
        "Ravy Games Studio - Voice Actor Buyout"
    ),
    "gn_radio_station_imaging_voice_agreement_noai_gumdag": (
        "Tolkun FM - Imaging Voice Agreement"
    ),
    "gm_model_agency_agreement_digital_twin_phongsali_long": (
        "Halcyon Models International Limited - Exclusive Model Management Agreement - Confidential"
    ),
    "gm_agency_ai_avatar_addendum_thalat": (
        "Atelier Nord Models SAS - Addendum No. 2 (AI Avatar Projects)"
    ),
    "gm_casting_agency_digital_double_terms_xepon": (
        "Bluewater Casting Services - Background Performer Terms - Rev. 3"
    ),
    "gm_influencer_agency_ai_clone_agreement_boten": (
        "Silk Route Creator Network - Creator Management Agreement"
    ),
    "gm_agency_digital_likeness_mandate_vieng_xai": (
        "Kestrel Talent Partners LLC | Digital Likeness Mandate | Talent Copy"
    ),
    "gm_exclusive_talent_management_contract_noai_seno_long": (
        "Orchid & Vale Management Pte. Ltd. - Contract No. OV/2026/LA-114"
    ),
    "gm_agency_image_library_terms_noai_kenthao": (
        "PMST Image Library - Model Terms v4.2"
    ),
    "gm_elearning_synthetic_voice_licence_tad_lo": (
        "BrightPath Learning Ltd - Narrator Agreement"
    ),
    "gm_radio_voiceover_licence_noai_thateng": (
        "Sonic Harbour Productions - Voice-Over Engagement"
    ),
    "gm_documentary_narration_voice_double_hongsa": (
        "Northlight Films Ltd - Elephant Country - Narration Agreement"
    ),
    "gm_audiobook_narration_agreement_noai_paklay": (
        "Tamarind Audio Publishing - Narration Agreement - Draft for Signature"
    ),
    "gm_animation_studio_synthetic_voice_agreement_tonpheung": (
        "Kite & Lantern Animation - Pilot Voice Agreement"
    ),
    "gm_dubbing_studio_voice_replica_licence_xaythany_long": (
        "Polyglot Dubbing Services B.V. - Performer Agreement and Voice Replica Licence"
    ),
    "gm_tourism_app_storyteller_voice_clone_mahaxay": (
        "Wayfarer Creative Ltd - Heritage Trails App - Storyteller Licence"
    ),
    "gl_mine_safety_campaign_model_release_noai_chingola": (
        "Ridgeway Copper Mines plc - Model Release - Home Safe Every Shift"
    ),
    "gl_school_uniform_child_model_release_ai_composites_kabwe": (
        "Chisomo Schoolwear Limited - Child Model Release - 2027 Catalogue"
    ),
    "gl_lake_resort_ambassador_digital_double_release_siavonga_long": (
        "Lakeshore Sands Resort - Ambassador Release and Digital Double Licence - CONFIDENTIAL"
    ),
    "gl_football_player_image_release_game_avatar_mufulira": (
        "Copper Stars FC - Player Image Rights Release"
    ),
    "gl_church_choir_recording_release_noai_mansa": (
        "St Cecilia's Cathedral Parish - Media Ministry"
    ),
    "gl_braiding_salon_campaign_model_release_noai_kasama": (
        "Crown and Glory Hair Studio - Model Release"
    ),
    "gl_mining_staff_synthetic_presenter_release_solwezi_long": (
        "Westlands Copper Mining - Safety Academy - Employee Release"
    ),
    "gl_ceremony_dancer_photo_release_noai_mongu": (
        "Upper Plains Cultural Heritage Trust - Performer Release"
    ),
    "gl_voice_marketplace_platform_terms_luanshya": (
        "VoiceHub Africa - Voice Owner Terms v3.1"
    ),
    "gl_virtual_tryon_fit_model_terms_mazabuka": (
        "FitMirror Technologies - Programme Terms for Fit Models"
    ),
    "gl_avatar_video_platform_subject_terms_kafue_long": (
        "StudioTwin Media - Avatar Subject Terms v2.4"
    ),
    "gl_fitness_class_app_ai_coach_double_terms_kalulushi": (
        "FitZed Digital - Instructor Terms"
    ),
    "gl_ai_twin_chat_app_creator_terms_chinsali": (
        "TwinTalk Interactive - Creator Programme Terms"
    ),
    "gl_face_swap_video_app_terms_chirundu": (
        "SwapStar Apps - Face Models and Featured Templates"
    ),
    "gk_feature_film_digital_replica_rider_coban": (
        "Tres Volcanes Pictures LLC - Digital Replica Rider - Confidential"
    ),
    "gk_weaving_market_editorial_release_noai_chichicastenango": (
        "Revista Hilos - Editorial Release"
    ),
    "gk_telenovela_digital_double_certificate_panajachel_long": (
        "Lago Azul Producciones - Entre Volcanes - Performer Certificate"
    ),
    "gk_resort_campaign_ai_variants_release_flores": (
        "Hotel Isla Serena - Campaign Release 2026-2027"
    ),
    "gk_model_management_agreement_digital_twin_escuintla_long": (
        "Pacifico Talent Management - Contrato de Representacion Exclusiva"
    ),
    "gk_agency_booking_terms_noai_puerto_barrios": (
        "Caribe Models - Terms of Booking"
    ),
    "gk_footballer_management_agreement_noai_mazatenango": (
        "Gol Sur Representaciones - Player Agreement"
    ),
    "gk_new_faces_agency_agreement_noai_zacapa": (
        "Oriente Model Management - New Faces"
    ),
    "gk_ai_headshot_studio_terms_jalapa": (
        "RetratoPro - Terms of Service"
    ),
    "gk_casting_directory_profile_terms_noai_rabinal": (
        "EscenaGT - Performer Profile Terms"
    ),
    "gk_virtual_tryon_body_double_terms_solola": (
        "ProbadorVirtual - Fit Model Programme"
    ),
    "gk_bank_ivr_synthetic_voice_licence_totonicapan": (
        "Banco Cooperativo Altiplano - Synthetic Voice Licence"
    ),
    "gk_audiobook_narrator_voice_model_mixco_long": (
        "Ediciones Ceiba Sonora - Narration and Voice Model Licence"
    ),
    "gk_elearning_synthetic_voice_licence_tecpan": (
        "Fundacion Aula Abierta - Synthetic Voice Licence"
    ),
    "gj_amphitheatre_film_extra_release_noai_el_jem": (
        "Oasis Lumière Productions - Background Performer Release"
    ),
    "gj_resort_spa_model_release_noai_hammamet": (
        "Yasmina Thalasso & Spa - Model Release 2026"
    ),
    "gj_date_palm_campaign_ai_variants_release_nefta": (
        "Dattes de l'Oasis SA - Golden Oasis Campaign"
    ),
    "gj_island_tourism_digital_guide_avatar_release_djerba_long": (
        "Jerba Patrimoine et Tourisme - Digital Guide Agreement (English translation)"
    ),
    "gj_textile_fit_model_digital_double_release_sfax_long": (
        "Confection Méditerranée Textile SA - Fit Model and Digital Double"
    ),
    "gj_marathon_participant_photo_release_noai_monastir": (
        "Coastal Half Marathon 2026 - Race Rules"
    ),
    "gj_child_model_ai_composite_release_kelibia": (
        "Petits Flots SARL - Parental Consent"
    ),
    "gj_avatar_licensing_marketplace_creator_terms_la_marsa_long": (
        "Visage Marketplace - Creator Terms v3.2"
    ),
    "gj_virtual_tryon_body_model_app_terms_ariana": (
        "ModaFit - Try-On Terms"
    ),
    "gj_dubbing_platform_voice_model_terms_bizerte": (
        "DubLink - Voice Talent Terms"
    ),
    "gj_tutor_avatar_platform_terms_gabes": (
        "Ostadh Online - Teacher Avatar Programme"
    ),
    "gj_casting_directory_profile_terms_noai_tozeur": (
        "Sahara Casting Directory - Member Terms"
    ),
    "gj_influencer_ai_twin_chat_app_terms_zaghouan": (
        "Twinly - AI Twin Talent Schedule"
    ),
    "gj_wedding_photographer_booking_platform_terms_noai_manouba": (
        "Farha Booking - Client Terms"
    ),
    "gi_model_management_agreement_digital_twin_asuncion_long": (
        "Estudio Mbaretê Management S.R.L. - Exclusive Model Management Agreement - Confidential"
    ),
    "gi_talent_agency_agreement_avatar_showcase_san_lorenzo": (
        "Ñandutí Talent Group S.A. | Representation Agreement"
    ),
    "gi_agency_booking_terms_noai_nemby": (
        "Kuarahy Models S.R.L. - Standard Booking Terms (rev. 2026)"
    ),
    "gi_exclusive_representation_synthetic_likeness_mariano_roque_alonso": (
        "Mburukuja Artists S.A. - Exclusive Representation Contract"
    ),
    "gi_athlete_management_agreement_noai_pilar_long": (
        "Tatakua Sports Management S.A. - Private and Confidential"
    ),
    "gi_actor_agency_digital_double_per_use_presidente_franco": (
        "Yasy Casting & Talent S.R.L. - Digital Double Rider"
    ),
    "gi_fashion_development_agency_noai_minga_guazu": (
        "Pyahu Fashion Agency - New Faces Development Agreement"
    ),
    "gi_radio_jingle_voice_buyout_noai_ypacarai": (
        "Radio Lago Azul 98.3 FM - Performer Release"
    ),
    "gi_ivr_voice_clone_licence_agency_fee_horqueta": (
        "Cooperativa Ka'aguy - Voice Clone Licence"
    ),
    "gi_audiobook_voice_model_royalty_quiindy": (
        "Editorial Arandu Audio - Narration Agreement"
    ),
    "gi_documentary_narration_unpaid_noai_atyra": (
        "Asociación Cultural Tape Yma - Manos de Madera"
    ),
    "gi_elearning_voice_avatar_licence_curuguaty": (
        "Aula Ñe'e - Instructor Voice Avatar Licence"
    ),
    "gi_podcast_host_agreement_noai_villeta_long": (
        "Ondas Paraguayas Media S.A. - Podcast Host Agreement - Confidential"
    ),
    "gi_museum_audio_guide_voice_clone_neuland": (
        "Museo Histórico de la Colonia - Audio Guide Voice Licence"
    ),
    "gh_resort_brochure_model_release_noai_phu_quoc": (
        "Coral Lantern Resorts - Model Release - Brochure 2026"
    ),
    "gh_tailor_lookbook_release_ai_variants_hoi_an": (
        "Lanterna Tailor House - Contract No. 07/2026/HD-LT"
    ),
    "gh_film_background_release_digital_double_ninh_binh": (
        "Karst Gate Pictures - The River Kingdom - Background Release"
    ),
    "gh_tourism_ambassador_release_avatar_da_lat_long": (
        "Pine Hill Festival Management - Ambassador Agreement - CONFIDENTIAL"
    ),
    "gh_model_management_agreement_digital_twin_cau_giay_long": (
        "Northstar Faces Management Vietnam - Exclusive Management Agreement"
    ),
    "gh_talent_agency_booking_terms_noai_da_nang": (
        "Song Han Talent Agency - Standard Booking Terms v3"
    ),
    "gh_livestream_kol_avatar_management_vung_tau": (
        "Seabreeze KOL Network - AI Host Annex"
    ),
    "gh_child_model_agency_agreement_noai_hai_phong": (
        "Little Harbour Kids Models - Representation Agreement"
    ),
    "gh_mcn_creator_agreement_ai_dubbing_nha_trang": (
        "Tidewave Media Networks - Creator Network Agreement"
    ),
    "gh_livestream_marketplace_virtual_host_terms_thu_duc": (
        "ChoLive Vietnam - Virtual Host Programme Terms"
    ),
    "gh_english_tutor_platform_ai_avatar_terms_bac_ninh_long": (
        "BrightBridge English - Tutor Terms v4.2"
    ),
    "gh_bank_ivr_synthetic_voice_licence_can_tho": (
        "Mekong Delta Commercial Bank - Synthetic Voice Licence"
    ),
    "gh_radio_volunteer_presenter_voice_release_noai_my_tho": (
        "Tien River FM - Volunteer Presenter Release"
    ),
    "gh_mobile_game_npc_voice_buyout_synthetic_tay_ninh": (
        "Black Mountain Games Studio - Voice Buyout Agreement"
    ),
    "gg_digital_replica_rider_navan": (
        "Corrib Lane Pictures Limited - The Salt Road - Digital Replica Rider"
    ),
    "gg_influencer_agreement_ai_avatar_bray": (
        "Greenmantle Skincare Teoranta - Creator Campaign 2026"
    ),
    "gg_certificate_of_engagement_digital_double_roscommon": (
        "Lough Derg Television Limited - Ferry Across the Lough - Certificate of Engagement"
    ),
    "gg_period_drama_background_release_noai_thurles": (
        "Suirside Films DAC - Background Artist Release"
    ),
    "gg_model_management_agreement_digital_double_birr_long": (
        "Midland Muse Model Management Limited - Exclusive Model Management Agreement"
    ),
    "gg_loanout_agreement_ai_presenter_gorey": (
        "Brightwater Shopping TV Limited - Loan-Out Agreement"
    ),
    "gg_mother_agency_agreement_noai_youghal_long": (
        "Blackwater Scout Models Limited - Mother Agency Agreement"
    ),
    "gg_athlete_management_agreement_noai_skibbereen": (
        "West Carbery Sports Management Limited - Athlete Management Agreement"
    ),
    "gg_ai_headshot_generator_terms_ballinasloe": (
        "Portrait Foundry Limited - Headshot Studio Terms of Use"
    ),
    "gg_creator_likeness_marketplace_terms_cashel_long": (
        "Likenest Technologies Limited - Creator Terms"
    ),
    "gg_virtual_tryon_model_terms_balbriggan": (
        "Threadline Retail Technologies DAC - FitMirror Model Programme"
    ),
    "gg_voice_clone_licence_royalty_greystones": (
        "Ceol Digital Audio Limited - Synthetic Voice Licence"
    ),
    "gg_session_agreement_synthetic_voice_maynooth": (
        "Lantern Audio Productions Limited - Session Agreement - Bog Cotton"
    ),
    "gg_radio_imaging_voice_licence_noai_tramore": (
        "Deise Coast FM Limited - Station Imaging Voice Agreement"
    ),
    "gf_tea_estate_model_release_noai_nuwara_eliya": (
        "Mistwood Ceylon Tea PLC - Model Release"
    ),
    "gf_surf_school_instructor_ai_images_matara": (
        "Southern Reef Surf Academy (Private) Limited"
    ),
    "gf_heritage_hotel_dancer_release_noai_polonnaruwa": (
        "Parakrama Heritage Resorts (Private) Limited - Performer Release"
    ),
    "gf_garment_exporter_model_digital_double_gampaha": (
        "Loomcraft Apparel Exports PLC - Confidential"
    ),
    "gf_model_management_digital_twin_batticaloa": (
        "Eastern Lagoon Model Management (Private) Limited"
    ),
    "gf_extras_casting_agency_noai_kalutara": (
        "Coastline Casting & Crowd Services"
    ),
    "gf_cricketer_management_avatar_hatton": (
        "Boundary Line Sports Management (Private) Limited - Schedule 3"
    ),
    "gf_model_agency_new_faces_noai_jaffna": (
        "Palmyra Models & Events (Private) Limited"
    ),
    "gf_tutoring_platform_teacher_avatar_kegalle": (
        "Guru Online Learning (Private) Limited - Teacher Terms Part C"
    ),
    "gf_marketplace_virtual_tryon_terms_dambulla": (
        "RangeMart Digital Commerce (Private) Limited"
    ),
    "gf_travel_community_app_terms_noai_ratnapura": (
        "GemTrail Travel Technologies (Private) Limited"
    ),
    "gf_bank_ivr_synthetic_voice_licence_badulla": (
        "Uva Highlands Savings Bank PLC - Legal Department"
    ),
    "gf_tamil_tts_voice_dataset_agreement_vavuniya": (
        "Vanni Language Labs (Guarantee) Limited"
    ),
    "gf_radio_jingle_voiceover_licence_noai_hambantota": (
        "Lighthouse FM Broadcasting Network (Private) Limited"
    ),
    "ge_tts_voice_bank_licence_cobija_long": (
        "Vozandina Tecnología S.R.L. - Voice Bank Licence VA-TTS-2026/031"
    ),
    "ge_dubbing_studio_framework_riberalta_long": (
        "Doblajes Amazonía S.R.L. - Framework Agreement DA-MARCO-2026/017"
    ),
    "ge_audiobook_narration_ai_editions_yacuiba_long": (
        "Sonolibro Editores S.R.L. - Narrator Agreement SL-NAR-2026/088"
    ),
    "ge_ivr_bank_prompts_agency_attorney_villazon": (
        "Banco Andino Solidario S.A. - Telephone Banking Voice Licence BAS-TEL-2026/07"
    ),
    "ge_game_voice_session_tupiza": (
        "Llama Roja Interactive S.R.L. - Voice Session Agreement, Sombras del Salar"
    ),
    "ge_podcast_host_agreement_noai_camiri": (
        "Red Sonora del Oriente S.R.L. - Podcast Host Agreement, Chaco Adentro"
    ),
    "ge_elearning_narration_guayaramerin": (
        "Instituto Amazónico de Formación Agraria - E-Learning Narration Agreement"
    ),
    "ge_advertising_voice_buyout_sacaba": (
        "Cervecería del Valle Alto S.A. / Publicidad Cumbre S.R.L. - "
        "Voice-Over Buyout, Energía Andina 2026"
    ),
    "ge_telephone_on_hold_staff_notice_noai_bermejo": (
        "Cooperativa Eléctrica Frontera Sur Ltda. - Staff Notice No. 07/2026"
    ),
    "ge_audiobook_children_narration_noai_villamontes": (
        "Editorial Tatú Libros S.R.L. - Narration Agreement, Cuentos del Pilcomayo"
    ),
    "ge_tour_guide_audio_voice_licence_rurrenabaque": (
        "Ecoalbergue Río Beni S.R.L. - Audio Guide Voice Licence"
    ),
    "ge_church_radio_choir_recording_noai_copacabana": (
        "Radio Candelaria del Lago - Choir and Musicians Recording Notice"
    ),
    "ge_documentary_narrator_noai_sorata": (
        "Fundación Cordillera Viva - Volunteer Narrator Agreement, Hielo que se va"
    ),
    "ge_cumbia_singer_voice_model_licence_vallegrande": (
        "Sello Discográfico Tropical Oriente S.R.L. - AI Vocal Model Licence"
    ),
    "gd_ai_headshot_service_customer_terms_namangan": (
        "Portretly AI LLC - Customer Terms and Photo Notice v2.1"
    ),
    "gd_voice_clone_marketplace_seller_agreement_andijan_long": (
        "Sado Market LLC - Voice Seller Agreement (2026 edition)"
    ),
    "gd_ai_model_agency_platform_synthetic_mandate_fergana": (
        "Siluet Digital Models LLC - Synthetic Talent Mandate"
    ),
    "gd_synthetic_presenter_studio_avatar_licence_nukus": (
        "Ovoz va Yuz Studio LLC - Yuzma Presenter Avatar Licence"
    ),
    "gd_face_dataset_contributor_terms_termez": (
        "Kadr Data LLC - Dataset Contributor Terms v1.4"
    ),
    "gd_virtual_tryon_app_body_avatar_terms_urgench": (
        "Kiyim Tech LLC - Kiyim Mirror Terms of Use"
    ),
    "gd_fitness_app_ai_coach_trainer_agreement_navoiy_long": (
        "Harakat Fit LLC - AI Coach Programme Trainer Agreement"
    ),
    "gd_education_app_ai_tutor_teacher_terms_gulistan": (
        "Bilim Plus LLC - Teacher Terms"
    ),
    "gd_fan_chat_clone_creator_agreement_kokand": (
        "Muxlis Social LLC - Creator Agreement: AI Clone Features"
    ),
    "gd_photo_contest_official_rules_noai_chirchiq": (
        "Lahza Photo Community LLC - Faces of the Valley Official Rules"
    ),
    "gd_running_club_community_feed_terms_noai_angren": (
        "Yugur Sport LLC - Community Feed Terms"
    ),
    "gd_ecommerce_model_booking_platform_terms_noai_denov": (
        "Bozorchi Studio LLC - Model Booking Terms"
    ),
    "gd_stock_photo_model_member_terms_noai_shahrisabz_long": (
        "Qiyofa Stock LLC - Model Member Terms"
    ),
    "gd_wedding_photographer_booking_showcase_terms_noai_zarafshon": (
        "To'yFoto LLC - Booking Terms for Couples"
    ),
    "gc_exclusive_model_management_agreement_digital_double_managua_long": (
        "Élite Lacustre Management S.A. - Exclusive Model Management Agreement EL-2026/004"
    ),
    "gc_mother_agency_agreement_ai_portfolio_twin_matagalpa_long": (
        "Cafetal Models Agencia Madre S.A. - Mother Agency Agreement CM-MA-2026/017"
    ),
    "gc_voice_talent_representation_agreement_noai_esteli_long": (
        "Voces del Norte Representaciones S.A. - Voice Talent Representation Agreement VN-2026/009"
    ),
    "gc_agency_booking_terms_scan_double_masaya": (
        "Estrella Norte Modelos S.A. - Standard Booking Terms, Edition 4 (2026)"
    ),
    "gc_model_personal_ai_rider_jinotega": (
        "Agencia Volcán Azul S.A. - Model AI Rider (D. Arauz) attached to all bookings"
    ),
    "gc_artist_management_addendum_synthetic_voice_ocotal": (
        "Sonido Segovias Management S.A. - Addendum No. 2 to Artist Management Agreement"
    ),
    "gc_child_model_parent_agreement_ai_composites_boaco": (
        "Pequeñas Estrellas Agencia Infantil S.A. - Parent Agreement PE-2026/112"
    ),
    "gc_ecommerce_booking_framework_model_swap_somoto": (
        "Tienda Maíz Moda S.A. - E-Commerce Booking Framework TMM-AC-2026"
    ),
    "gc_athlete_management_schedule_sponsor_twin_qa_jinotepe": (
        "Deportes Meseta Gestión S.A. - Athlete Management Agreement, Schedule 3"
    ),
    "gc_runway_booking_confirmation_virtual_show_double_diriamba": (
        "Pasarela Carazo Models S.A. - Booking Confirmation RB-2026-118"
    ),
    "gc_catalogue_booking_confirmation_noai_bluefields": (
        "Marea Caribe Models S.A. - Booking Confirmation MC-0309"
    ),
    "gc_mother_agency_agreement_noai_nueva_guinea": (
        "Semillero Modelos S.A. - Mother Agency Agreement SM-2026/021"
    ),
    "gc_new_face_development_contract_noai_nagarote": (
        "Nuevos Rostros del Pacífico S.A. - New Face Development Contract NR-2026/003"
    ),
    "gc_cosmetics_exclusivity_beauty_avatar_sebaco": (
        "Cosmética Valle Alto S.A. - Three-Party Exclusivity Agreement CVA-EXC-2026/02"
    ),
    "gb_stock_model_release_synthetic_imagery_antananarivo_long": (
        "Sarimaso Images SARL - Model Release and Synthetic Imagery Programme"
    ),
    "gb_brand_ambassador_digital_twin_toamasina_long": (
        "Vaniala Cosmetics SA - Brand Ambassador Agreement VC/AMB/2026-02"
    ),
    "gb_voice_artist_synthetic_voice_licence_mahajanga_long": (
        "Telma Rivo SA - Voice Artist Agreement CVP-2026-003"
    ),
    "gb_dental_clinic_ai_smile_simulator_taolagnaro": (
        "Clinique Dentaire Ravintsara - Patient Consent Form CDR-07"
    ),
    "gb_gym_instructor_avatar_coach_andapa": (
        "FitLova Club SARL - Instructor Image and Avatar Coach Release"
    ),
    "gb_influencer_agency_content_double_annex_maintirano": (
        "Lalandava Talent Agency SARL - Annex C Content Double"
    ),
    "gb_music_video_dancer_face_replacement_ikongo": (
        "Feonkira Productions SARL - Dancer Release FP-2026/11"
    ),
    "gb_furniture_catalogue_model_noai_betafo": (
        "Trano Volotara SA - Model Agreement TV-CAT-2026"
    ),
    "gb_child_model_parent_release_ai_composites_anjozorobe": (
        "Zaza Kanto SARL - Parent or Guardian Release"
    ),
    "gb_stock_video_contributor_dataset_terms_mandritsara": (
        "Horonantsary Media SAS - Contributor Terms v3.2"
    ),
    "gb_ecommerce_virtual_tryon_body_double_ambilobe": (
        "Akanjo Online SARL - Booking Confirmation AK-0422"
    ),
    "gb_runway_showcase_release_noai_vangaindrano": (
        "Lamba Vaovao Collective - Showcase Model Release 2026"
    ),
    "gb_rugby_player_image_rights_avatar_ampanihy": (
        "AS Maromaso Rugby - Player Image Rights Agreement"
    ),
    "gb_physio_testimonial_video_noai_betroka": (
        "Centre de Reeducation Tanjaka - Testimonial Consent TC-2026"
    ),
    "fy_exclusive_model_management_agreement_digital_double_kara_kul_long": (
        "Jibek Faces Management LLC - Exclusive Model Management Agreement JFM/EMA/2026/044"
    ),
    "fy_mother_agency_agreement_ai_portfolio_twin_kadamjay_long": (
        "Kelechek Models LLC - Mother Agency Agreement"
    ),
    "fy_talent_representation_agreement_noai_shopokov_long": (
        "Kalys Talent Representation LLC - Agreement KTR-2026-017"
    ),
    "fy_agency_standard_booking_terms_digital_double_orlovka": (
        "Koktal Model Agency LLC - Standard Terms and Conditions of Booking 2026"
    ),
    "fy_brand_exclusivity_agreement_ai_avatar_haidarken": (
        "Shyraq Cosmetics LLC - Exclusive Ambassador Agreement"
    ),
    "fy_placement_agency_letter_digital_twin_kochkor_ata": (
        "Uulkan Models International - Placements"
    ),
    "fy_runway_booking_digital_double_rider_ananyevo": "Tokon Couture LLC - Booking TC-AW26-014",
    "fy_artist_management_addendum_synthetic_voice_chaek": (
        "Bermet Artists Management LLC - Addendum No. 2"
    ),
    "fy_ecommerce_booking_framework_ai_model_swap_suzak": (
        "Sandyk Online LLC - Framework Agreement SO-JM-2026/03"
    ),
    "fy_athlete_influencer_management_faq_digital_twin_kyzyl_suu": (
        "Shamal Sports Management LLC - Schedule 3 - Sponsor Digital Twins"
    ),
    "fy_model_booking_confirmation_noai_gulcho": "Jayloo Models LLC - Confirmation JM-0326-118",
    "fy_mother_agency_agreement_noai_belovodskoye": "Ak-Kayin Mother Agency LLC",
    "fy_influencer_event_appearance_rider_noai_sokuluk": "Nurbulak Mall LLC - Appearance Rider",
    "fy_fitness_model_management_agreement_noai_kanysh_kiya": (
        "Alp Fitness Talent LLC - Management Agreement"
    ),
    "ga_tts_voice_catalogue_licence_nova_gorica_long": (
        "Zvokovna Labs d.o.o. - Synthetic Voice Licence ZL-SVL-2026-019"
    ),
    "ga_dubbing_synthetic_voice_framework_murska_sobota_long": (
        "Sinhro Studio d.o.o. - Dubbing Performers Framework 2026-2028"
    ),
    "ga_audiobook_platform_narrator_terms_skofja_loka_long": (
        "Pripovedka Audio d.o.o. - Narrator Terms v4.2"
    ),
    "ga_ivr_synthetic_prompt_licence_trbovlje": "Hranilnica Savinja d.d. - Telephone Voice Licence",
    "ga_podcast_host_ad_read_voice_clone_jesenice": "Odmev Podcasti d.o.o. - Host Side Letter",
    "ga_elearning_narration_volunteer_noai_logatec": (
        "Drustvo Prva Pomoc Skupaj - Volunteer Agreement"
    ),
    "ga_ai_dubbing_app_creator_terms_krsko": "Preglas Tehnologije d.o.o. - Terms of Use",
    "ga_audiobook_narration_agreement_noai_trzic": (
        "Zalozba Kamniti Most d.o.o. - The Second Violin"
    ),
    "ga_game_npc_voice_session_buyout_gornja_radgona": "Trta Games s.p. - Vineyard Keepers",
    "ga_radio_imaging_voice_retainer_noai_slovenska_bistrica": "Radio Zvezda 97 d.o.o.",
    "ga_voice_actor_synthetic_voice_rider_grosuplje": (
        "Kompas Kreativa d.o.o. for Mlin Zlati Klas d.d. - Rider No. 1"
    ),
    "ga_kids_story_speaker_voice_licence_hrastnik": (
        "Pravljicar Tech d.o.o. - Storyteller Voice Licence"
    ),
    "ga_spa_onhold_message_staff_voice_noai_rogaska_slatina": (
        "Hotel Vrelec Zdravja d.d. - Human Resources - Staff Notice"
    ),
    "ga_sports_commentator_ai_highlights_dravograd": "Tekma TV d.o.o. - Commentator Agreement 2026",
    "fz_digital_twin_studio_performer_scan_licence_mwanza_long": (
        "Twinmakers Studio Limited - Digital Twin Licence TWM/DTL/2026/019"
    ),
    "fz_generative_headshot_service_terms_privacy_neno": (
        "Kuwala Imaging Limited - Kuwala Headshots"
    ),
    "fz_creator_marketplace_ai_clone_listing_agreement_ntchisi": (
        "Zithunzi Market Limited - AI Clone Listing Agreement"
    ),
    "fz_ai_model_agency_synthetic_model_mandate_luchenza": (
        "Lusungu Model Management Limited - Lusungu Synthetic"
    ),
    "fz_virtual_influencer_face_donor_agreement_monkey_bay_long": (
        "Bwalo Virtual Limited - Strictly Confidential - Project Kaya"
    ),
    "fz_ai_photo_booth_event_privacy_notice_likoma": (
        "Kampango Events Limited - Mtendere Lakeside Festival"
    ),
    "fz_enterprise_digital_twin_employee_presenter_notice_nchalo": (
        "Msondo Agro Processing Limited - Human Resources - HR/N/2026/07"
    ),
    "fz_ai_dating_profile_photo_enhancer_terms_bangula": "Khumbo Match Limited - Terms of Use",
    "fz_stock_avatar_actor_release_ekwendeni": "Vidiyo Avatars Limited - Stock Avatar Programme",
    "fz_ai_fashion_lookbook_generator_model_licence_embangweni": (
        "Tsamba Fashion House Limited - AI Lookbook Model Licence"
    ),
    "fz_photo_sharing_app_community_terms_noai_livingstonia_long": (
        "Kaphiri Social Limited - Kaphiri Photos"
    ),
    "fz_portrait_subscription_print_service_release_noai_chintheche": "Kalilore Portraits Limited",
    "fz_fitness_app_trainer_video_agreement_noai_dwangwa": "Limba Fitness Apps Limited - Limba Fit",
    "fz_wedding_photographer_platform_client_release_noai_lumbadzi": (
        "Ukwati Bookings Limited - Booking UKB-2026-1147"
    ),
    "fx_stock_model_release_genai_addendum_ciudad_del_este_long": (
        "Imagenes Parana Stock S.A. - Model Release and Generative Addendum IPS-MR-2026-0271"
    ),
    "fx_influencer_ambassador_digital_twin_hernandarias_long": (
        "Jazmin del Parana Cosmeticos S.A. - Brand Ambassador Agreement 2026"
    ),
    "fx_school_yearbook_ai_portrait_consent_caacupe": (
        "Colegio San Blas de las Cordilleras - Yearbook Committee 2026"
    ),
    "fx_footballer_image_rights_avatar_pedro_juan_caballero_long": (
        "Club Sportivo Amambay Norte - Image Rights Agreement - Confidential"
    ),
    "fx_conference_speaker_ai_dubbing_release_san_bernardino": (
        "Eventos Ypoa E.A.S. - Foro Lago Azul 2026 - Speaker Agreement"
    ),
    "fx_catalogue_booking_virtual_try_on_double_capiata": (
        "Modas Kurupi S.A. - Booking MK-CAT-2026-044"
    ),
    "fx_influencer_agency_ai_content_double_fernando_de_la_mora": (
        "Mburuvicha Talent E.A.S. - Creator Management Agreement, Annex 2"
    ),
    "fx_gym_instructor_avatar_coach_release_caaguazu": (
        "Gimnasios Tape Pora S.A. - Instructor Release TP-IR-2026-009"
    ),
    "fx_stock_video_contributor_terms_ai_training_salto_del_guaira": (
        "Cuadro Vivo Media S.A. - Contributor Terms v4.2"
    ),
    "fx_modelling_school_ai_headshot_terms_san_estanislao": (
        "Academia de Modelos y Pasarela Nanduti S.R.L. - Enrolment Terms, Section C"
    ),
    "fx_furniture_catalogue_model_release_noai_paraguari": (
        "Muebles Tatare S.A. - Model Agreement, Catalogue 2026-2027"
    ),
    "fx_runway_event_filming_release_noai_carapegua": (
        "Fundacion Hilo y Aguja - Pasarela Ao Poi 2026"
    ),
    "fx_physio_clinic_testimonial_release_noai_caazapa": (
        "Centro de Rehabilitacion Mborayhu S.R.L. - Communications"
    ),
    "fx_school_prospectus_photo_consent_noai_ayolas": (
        "Escuela Basica y Colegio Rio Grande - Secretaria"
    ),
    "ft_stock_agency_model_release_genai_addendum_san_pedro_sula_long": (
        "Mirabrisa Stock S. de R.L. - Model Release and Addendum MS-2026-0418"
    ),
    "ft_influencer_content_agreement_digital_twin_la_ceiba_long": (
        "Cafetal Norvania S.A. - Influencer Content and Digital Twin Agreement"
    ),
    "ft_child_influencer_guardian_consent_ai_catacamas": "Juguetes Colibri S.A. - Colibri Kids",
    "ft_runway_show_digital_double_release_olanchito": (
        "Pasarela Nocturna S.A. - Runway Release and Digital Double Licence"
    ),
    "fu_exclusive_model_management_agreement_digital_double_gondar_long": (
        "Kokebe Faces Management PLC - Exclusive Model Management Agreement KF/EMA/2026/031"
    ),
    "fu_mother_agency_agreement_digital_twin_placement_mekelle_long": (
        "Tsedey Mother Agency PLC - Mother Agency Agreement"
    ),
    "fu_agency_client_booking_terms_digital_double_asosa": (
        "Meseret Model & Talent PLC - Standard Terms and Conditions of Booking 2026"
    ),
    "fu_talent_representation_agreement_ai_previews_kombolcha_long": (
        "Bruk Models Representation PLC - Talent Representation Agreement BMR-TRA-2026-052"
    ),
    "fv_virtual_try_on_fit_model_scan_licence_chimoio": (
        "Drapevia Fit Studio, Lda - Digital Body Licence DFS/DB/2026/031"
    ),
    "fv_synthetic_model_marketplace_agency_mandate_nacala": (
        "Kuwona Models Agency, Lda - Sintelia Marketplace Programme"
    ),
    "fv_ai_avatar_video_generator_stock_actor_licence_angoche": (
        "Falavatar, Lda - Stock Avatar Licence FA/SA/2026/112"
    ),
    "fv_enterprise_ai_presenter_twin_studio_terms_moatize": (
        "Kamaleo Systems, Lda - Twinspire Studio Presenter Twin Schedule No. 3"
    ),
    "fw_tts_voice_donor_licence_strumica_long": (
        "Glasopis Speech Technologies DOOEL - Voice Donor Licence GST/VDL/2026/07"
    ),
    "fw_game_voice_performer_agreement_kicevo_long": (
        "Pixelkov Games DOOEL - Voice Performer Agreement - Confidential"
    ),
    "fw_voice_assistant_persona_licence_negotino": "Domovik Smart Home DOO - Persona Voice Licence",
    "fw_voiceover_booking_confirmation_noai_kratovo": (
        "Studio Tishina Sound DOOEL - Booking TS-2026-0412"
    ),
    "fs_tts_voice_donor_licence_teyateyaneng_long": (
        "Lentswe Labs (Pty) Ltd - Voice Donor Licence LL/VDL/2026/014"
    ),
    "fs_dubbing_studio_synthetic_voice_framework_mafeteng_long": (
        "Khotso Dubbing House (Pty) Ltd - Performers Framework Agreement"
    ),
    "fs_community_radio_presenter_agreement_noai_mohales_hoek_long": (
        "Lerako Community Radio 99.4 FM - Volunteer Presenter Agreement"
    ),
    "fs_audiobook_synthetic_narration_rider_maputsoe": (
        "Leqhoa Audio Publishing - Narrator Agreement Rider No. 3"
    ),
    "fs_game_npc_voice_clone_addendum_qachas_nek": (
        "Thaba Forge Interactive - Addendum A - Confidential"
    ),
    "fs_voice_bank_donor_consent_form_butha_buthe": (
        "Tsepo Voice Bank Trust - Voice Donor Consent Form"
    ),
    "fs_podcast_network_ai_translated_editions_mokhotlong": (
        "Molapo Sound Podcast Network - Host Terms, Part 7"
    ),
    "fs_voice_assistant_persona_licence_morija": (
        "Sebaka Home Devices (Pty) Ltd - Voice Persona Licence"
    ),
    "fs_child_voice_actor_animation_guardian_consent_semonkong": (
        "Khanya Animation Studio - Tau le Ditsala - Guardian Consent"
    ),
    "fs_language_app_speaking_exercises_terms_malealea": (
        "Buka-Puo Learning - Speaking Exercises Terms"
    ),
    "fs_radio_drama_cast_release_noai_mapoteng": (
        "Mokete Radio Theatre Company - Motse oa Rona, Series 4"
    ),
    "fs_call_centre_voice_recording_policy_noai_matelile": (
        "Leseli Contact Solutions - Staff Policy HR-14"
    ),
    "fs_football_commentator_voice_release_noai_nazareth": (
        "Thabeng Sports Network - Commentator Engagement 2026/27"
    ),
    "fs_farming_podcast_guest_release_noai_kolonyama": (
        "Likhomo Media - Mokhoro Talks - Guest Release"
    ),
    "fr_voice_marketplace_voice_owner_licence_ungheni_long": (
        "Vocevia SRL - Voice Owner Licence Agreement VV/VO/2026"
    ),
    "fr_synthetic_presenter_avatar_agreement_orhei_long": (
        "Prezentix SRL - Presenter Avatar Agreement"
    ),
    "fr_virtual_tryon_body_scan_consent_edinet": (
        "Oglinda Fit SRL - Form OF-BS-07 Fit Model Body Scan"
    ),
    "fr_dating_profile_generator_terms_hincesti": "Inimioara Apps SRL - Flirtika Studio Terms",
    "fr_agency_synthetic_presenter_addendum_drochia": (
        "Crainic Digital SRL - Addendum No. 2 to Agreement CD-LT/2025/14"
    ),
    "fr_childrens_audiobook_voice_model_guardian_consent_causeni": (
        "Povestiri Studio SRL - Basmo Young Narrators Consent"
    ),
    "fr_influencer_official_avatar_licence_falesti": "Dublu Nistru SRL - Official Avatar Licence",
    "fr_photo_ai_training_contributor_agreement_floresti": (
        "Fotolab Prut SRL - Dataset Contributor Agreement"
    ),
    "fr_live_shopping_host_clone_addendum_nisporeni": "TarabaLive SRL - Host Clone Addendum",
    "fr_avatar_app_campus_ambassador_release_noai_glodeni_long": (
        "Cartonel Games SRL - Campus Ambassador Agreement 2026/2027"
    ),
    "fr_voice_tech_staff_photo_consent_noai_briceni": (
        "Rezonans Labs SRL - HR-11 Staff Photo and Video Consent"
    ),
    "fr_photo_ai_meetup_filming_notice_noai_criuleni": "Clipa Foto SRL - Obiectiv Meetup No. 12",
    "fr_tryon_fit_model_booking_terms_noai_leova": "Probatorium SRL - Fit Session Booking Terms",
    "fr_creator_podcast_guest_release_noai_cantemir": (
        "Bazarul Creatorilor SRL - Creator la Cafea Guest Release"
    ),
    "fq_model_agency_exclusive_digital_twin_karakol_long": (
        "Sanjyra Model Management LLC - Exclusive Model Representation Agreement"
    ),
    "fq_talent_management_voice_model_tokmok_long": (
        "Komuz Artists Management LLC - Artist Management Agreement (NAZIRA)"
    ),
    "fq_mother_agency_agreement_noai_tash_kumyr_long": (
        "Tumar Mother Agency LLC - Mother Agency Agreement"
    ),
    "fq_child_model_agency_guardian_composites_batken": (
        "Balapan Kids Models LLC - Child Model Representation Agreement"
    ),
    "fq_booking_agency_actor_digital_double_kara_balta": (
        "Kundoo Casting & Booking LLC - Performer Booking Terms 2026"
    ),
    "fq_fit_model_booking_tryon_avatar_balykchy": (
        "Kiyiz Fit Models LLC - Fit Model Booking Agreement"
    ),
    "fq_athlete_management_synthetic_media_kara_suu": (
        "Chabdar Sports Management LLC - Athlete Management and Sponsorship"
    ),
    "fq_music_artist_management_voice_model_kyzyl_kiya": (
        "Kerege Music Management LLC - Artist Management (AZA)"
    ),
    "fq_influencer_agency_email_ai_variants_isfana": (
        "Boorsok Influence Agency LLC - Talent team e-mail"
    ),
    "fq_presenter_management_avatar_mailuu_suu": (
        "Ene-Sai Presenters Management LLC - Presenter Management Agreement"
    ),
    "fq_child_model_family_agreement_noai_nookat": (
        "Bobek Child Models LLC - Kids Club Family Agreement"
    ),
    "fq_event_staffing_agency_noai_jalal_abad": (
        "Tabylga Event Staffing LLC - Promotional Staff Terms"
    ),
    "fq_fitness_influencer_management_noai_at_bashy": (
        "Arkar Fitness Creators Management LLC - Creator Management"
    ),
    "fq_actor_agency_exclusive_noai_kazarman": (
        "Chynar Actors Agency LLC - Exclusive Representation"
    ),
    "fp_ecommerce_tryon_avatar_release_luganville_long": (
        "Kavaloa Apparel Limited - Model Services and Fit Avatar Agreement KAV/ECOM/2026/014"
    ),
    "fp_stock_agency_release_ai_dataset_norsup": (
        "Coralframe Images Limited - Contributor Release Form CF-MR-7"
    ),
    "fp_test_shoot_generative_poses_agreement_lolowai": "Tarileo Studio - Test Shoot Agreement",
    "fp_fitness_app_instructor_avatar_licence_lamap": "Navakafit Limited - Coach Avatar Licence",
    "fp_runway_volumetric_capture_release_ipota": (
        "Vatumode Fashion Council Inc. - Runway Week 2026 Model Terms"
    ),
    "fp_lookbook_model_release_noai_lamen_bay_long": (
        "Nivarra Outfitters Limited - Resort Collection 2026/27 Model Agreement"
    ),
    "fp_hotel_staff_brochure_release_noai_port_narvin": "Marenga Hotel Group - Staff Notice SN-14",
    "fp_campaign_digital_double_agreement_isangel_long": (
        "Reefbright Beverages Limited - Tropical Splash 2026 Talent Agreement"
    ),
    "fp_influencer_ai_avatar_addendum_lakatoro": (
        "Banyanleaf Skincare Limited - Creator Partnership Addendum No. 2"
    ),
    "fp_child_model_guardian_release_ai_composites_port_olry": (
        "Pipiwai Kids Clothing Ltd - Model Day Guardian Consent"
    ),
    "fp_resort_campaign_synthetic_media_release_craig_cove": (
        "Tarovai Bay Resort Limited - Talent Release"
    ),
    "fp_festival_event_photo_release_noai_wintua": (
        "Reefsong Festival Trust - Performer and Crew Photography Terms"
    ),
    "fp_influencer_gifting_terms_noai_melsisi": (
        "Kasis Organic Juices Limited - Creator Gifting Programme"
    ),
    "fp_catalogue_booking_release_noai_siviri": (
        "Beteliko Home Stores Limited - Catalogue Model Booking"
    ),
    "fo_tts_voice_donor_licence_niksic_long": (
        "Zvonar Speech Technologies d.o.o. - Voice Donor Licence ZST/VD/2026/031"
    ),
    "fo_dubbing_studio_synthetic_voice_framework_cetinje_long": (
        "Mikrofonija Dubbing d.o.o. - Performers Framework 2026-2029"
    ),
    "fo_game_studio_voice_clone_addendum_berane_long": (
        "Kamenolom Games d.o.o. - Addendum No. 2 - Confidential"
    ),
    "fo_audiobook_ai_narration_rider_kolasin": "Tiha Luka Audio d.o.o. - AI Narration Rider",
    "fo_podcast_network_ai_translation_terms_pljevlja": (
        "Vidikovac Podcast Network - Host Terms v2.0"
    ),
    "fo_radio_ai_newsreader_addendum_bijelo_polje": (
        "Sidro Media d.o.o. - Radio Sidro 101.4 - Annex 3"
    ),
    "fo_voice_banking_patient_licence_danilovgrad": "Mojglas Care d.o.o. - Voice Banking Programme",
    "fo_smart_assistant_voice_persona_agreement_mojkovac": (
        "Svitac Devices d.o.o. - Voice Persona Agreement"
    ),
    "fo_voice_agency_ai_licensing_mandate_zabljak": (
        "Agencija Rezonanca d.o.o. - Representation Mandate"
    ),
    "fo_folk_singer_voice_model_legacy_licence_andrijevica": (
        "Fondacija Zvuk Predaka - Heritage Voice Model Licence"
    ),
    "fo_radio_jingle_voiceover_buyout_noai_pluzine": "Radio Jasen 98.2 - Imaging Package 2026",
    "fo_ivr_voice_prompts_session_noai_petnjica": "Hidroprom Vodovod AD - Ref. HV-NAB-2026-017",
    "fo_game_fan_voice_contest_terms_noai_risan": (
        "Ponor Interactive d.o.o. - Watchtower Keep Community"
    ),
    "fo_podcast_guest_release_noai_perast": "Kormilo Media d.o.o. - Brodska Prica guest terms",
    "fn_oinamo_avatar_app_terms_of_service_khujand_long": (
        "Oinamo LLC - Oinamo Avatars Terms of Service v4.2"
    ),
    "fn_sadoband_voice_owner_licence_kulob": (
        "Sadoband Audio LLC - Voice Owner Licence SVL-2026/037"
    ),
    "fn_namoyish_synthetic_presenter_talent_agreement_bokhtar_long": (
        "Namoyish Media LLC - Digital Presenter Talent Agreement NMS/TP/2026/11"
    ),
    "fn_libosnamo_virtual_tryon_body_twin_licence_konibodom": (
        "Libosnamo Tech LLC - Body Twin Licence LT-BT-2026-08"
    ),
    "fn_bozorcha_creator_marketplace_ai_twin_addendum_panjakent": (
        "Bozorcha Creators LLC - Creator Terms, AI Twin Addendum"
    ),
    "fn_qissago_child_story_voice_guardian_consent_khorog": (
        "Qissago Voice LLC - Story Voice Consent Form"
    ),
    "fn_sitora_talent_synthetic_host_attorney_mandate_vahdat": (
        "Sitora Talent Bureau LLC - Management Mandate and Power of Attorney"
    ),
    "fn_ofarin_khabarsoz_synthetic_anchor_licence_norak": (
        "Ofarin Broadcasting CJSC / Khabarsoz Synthetic News LLC - OB-KS/2026/02"
    ),
    "fn_dastgoh_photo_ai_dataset_contributor_agreement_rogun": (
        "Dastgoh Data LLC - Photo Contributor Agreement"
    ),
    "fn_hamsoya_avatar_app_brand_ambassador_agreement_noai_buston_long": (
        "Hamsoya Avatars LLC - Brand Ambassador Agreement 2026-2027"
    ),
    "fn_kurtaposh_tryon_retailer_catalogue_shoot_release_noai_istiqlol": (
        "Kurtaposh Retail LLC - Spring Catalogue Shoot, Model Release"
    ),
    "fn_hunarbozor_maker_profile_portrait_terms_noai_murghob": (
        "Hunarbozor LLC - Seller Terms, Schedule 4"
    ),
    "fn_tasvirkor_staff_image_policy_noai_danghara": "Tasvirkor AI LLC - Policy HR-07 v3",
    "fn_ruyo_mirror_kiosk_promoter_release_noai_farkhor": (
        "Ruyo Mirror LLC - Smart Mirror Roadshow, Promoter Image Release"
    ),
    "fm_model_agency_exclusive_representation_gbarnga_long": (
        "Ironleaf Model Management Inc. - Exclusive Model Representation Agreement"
    ),
    "fm_mother_agency_digital_twin_agreement_kakata_long": (
        "Hibiscus Row Models Ltd. - Mother Agency Agreement (Digital Twin Programme)"
    ),
    "fm_influencer_management_ai_avatar_paynesville": (
        "Glowreach Creator Management Inc. - Creator Management Terms"
    ),
    "fm_music_artist_management_vocal_model_sanniquellie": (
        "Sixteen Hills Artist Management Inc. - Artist Management Agreement"
    ),
    "fm_fit_model_agency_body_scan_robertsport": "Truefit Measure Models Ltd. - Fit Model Terms",
    "fm_virtual_influencer_talent_agency_tubmanburg": (
        "Mirrorgate Digital Talent Inc. - Digital Character Representation"
    ),
    "fm_child_influencer_management_guardian_ai_careysburg": (
        "Little Sunbird Creators Management - Young Creator Agreement"
    ),
    "fm_presenter_agency_synthetic_presenter_zwedru": (
        "Wavecall Presenters Agency Inc. - Synthetic Presenter Addendum"
    ),
    "fm_booking_agency_model_terms_ai_schedule_tappita": (
        "Kolanut Booking Agency Inc. - Standard Terms for Models"
    ),
    "fm_child_model_agency_registration_noai_foya_long": (
        "Rainseed Kids Models Agency - Child Model Registration Agreement"
    ),
    "fm_promotional_staff_agency_terms_noai_pleebo": (
        "Brightcrew Promotions Staffing Inc. - Brand Ambassador Terms"
    ),
    "fm_booking_representation_email_acceptance_noai_kolahun": (
        "Swiftpost Bookings - Representation Terms"
    ),
    "fm_pageant_titleholder_management_noai_yekepa": (
        "Coral Crown Pageants Inc. - Titleholder Management Agreement"
    ),
    "fm_athlete_image_rights_management_noai_cestos_city": (
        "Ochreline Sports Image Management Inc. - Image Rights Management"
    ),
    "fl_ecommerce_model_release_ai_variants_mutsamudu": (
        "Mahaba Wear SARL - Model Release MW-ECOM-2026-031"
    ),
    "fl_campaign_talent_agreement_digital_double_fomboni_long": (
        "Sirop Vanilya SA - Campaign Talent Agreement SV/CAMP/2026/07"
    ),
    "fl_trade_fair_photography_notice_noai_domoni": (
        "Expo Mwezi Events SARL - Salon de l'Artisanat et de l'Entreprise 2026"
    ),
    "fl_body_scan_fit_avatar_consent_ouani": "Kanga3D Fitting SARL - Participant Consent Form",
    "fl_test_shoot_agreement_noai_mirontsi": "Studio Bahari Lumière - Test Shoot Agreement",
    "fl_childrens_catalogue_model_release_noai_foumbouni": (
        "Watoto Kinder SARL - Child Model Release"
    ),
    "fl_tv_commercial_performer_voice_clone_dubbing_mbeni": (
        "Msafiri Productions SARL - Performer Agreement"
    ),
    "fl_model_management_agreement_digital_twin_tsembehou_long": (
        "Moissi Model Management SARL - Exclusive Management Agreement"
    ),
    "fl_fitness_instructor_motion_avatar_release_dembeni": (
        "Mazoezi Fit Clubs SARL - Motion Coach Programme"
    ),
    "fl_fashion_week_runway_model_agreement_noai_ntsaoueni_long": (
        "Association Hiari Couture - HC/SMH26/MOD"
    ),
    "fl_hotel_resort_campaign_release_noai_mitsoudje": "Hôtel Récif d'Ambre SA - Talent Release",
    "fl_ai_headshot_studio_client_terms_vouvouni": "PortraitNova Studio SARL - Client Terms",
    "fl_fashion_school_graduate_show_release_noai_djoiezi": (
        "Institut Supérieur de Mode Kitambaa - Student Handbook"
    ),
    "fl_bank_virtual_presenter_likeness_licence_mremani": (
        "Banque Ushirika SA - Virtual Presenter Licence"
    ),
    "fk_tts_voice_donor_licence_pakse_long": (
        "Khamsaen Speech Labs Co., Ltd. - Voice Donor Licence KSL/VD/2026/014"
    ),
    "fk_dubbing_studio_framework_ai_voice_savannakhet_long": (
        "Sinsay Dubbing House Sole Co., Ltd. - Framework SDH-FW-2026/07"
    ),
    "fk_community_radio_volunteer_presenter_noai_luang_namtha_long": (
        "Sengdao Community Radio Association - Sengdao 97.5 FM"
    ),
    "fk_audiobook_narrator_ai_rider_oudomxay": (
        "Nithan Audio Publishing Co., Ltd. - AI Narration Rider"
    ),
    "fk_bank_ivr_synthetic_voice_phonsavan": (
        "Vannasin Development Bank Ltd. - Notice HR/CS/2026/11"
    ),
    "fk_singing_voice_bank_licence_attapeu": (
        "Kinnari Vocal Synth Co., Ltd. - Singing Voice Library Licence"
    ),
    "fk_dubbing_booking_email_ai_lipsync_salavan": (
        "Mekhala Post-Production Co., Ltd. - Bookings"
    ),
    "fk_radio_drama_voice_actor_noai_phongsaly": (
        "Saengthong Radio Drama Co., Ltd. - Home Before Dark (radio drama)"
    ),
    "fk_telco_ivr_prompt_recording_noai_houayxay": (
        "Nokkhao Mobile Co., Ltd. - Voice Recording and Licence Agreement"
    ),
    "fk_podcast_guest_release_noai_paksan": (
        "Sala Kaew Media Co., Ltd. - Kettle Talk"
    ),
    "fk_language_app_phrase_recording_noai_nong_khiaw": (
        "Pasaa Learning Co., Ltd. - Speaker Agreement"
    ),
    "fk_voice_assistant_persona_licence_muang_sing": (
        "Keo Home Technologies Co., Ltd. - Voice Licence Agreement (Dao)"
    ),
    "fk_voice_talent_agency_ai_mandate_paksong": (
        "Siengsanaeh Talent Agency Co., Ltd. - Exclusive Voice Representation"
    ),
    "fk_child_cartoon_dubbing_guardian_ai_lak_sao": (
        "Chang Noy Kids Media Co., Ltd. - Little Gecko (Lao dub)"
    ),
    "fj_custom_avatar_subject_agreement_punakha_long": (
        "Glassfern Video Private Limited - Stock Avatar Subject Agreement GF/SAS/2026/014"
    ),
    "fj_agency_digital_twin_marketplace_addendum_trongsa_long": (
        "Synthora Exchange Private Limited - Digital Twin Supply Addendum No. 3"
    ),
    "fj_fashion_marketplace_model_terms_noai_gelephu_long": (
        "Yarngo Fashion Mart Private Limited - Yarngo Studio"
    ),
    "fj_virtual_tryon_privacy_consent_phuentsholing": (
        "Kiratry Private Limited - Privacy Notice v3.0"
    ),
    "fj_creator_auto_dub_voice_twin_terms_trashigang": (
        "Vlogmandala Media Private Limited - Partner Programme"
    ),
    "fj_influencer_twin_brand_licence_jakar": (
        "Zhingkham Tea Company Private Limited - ZTC/DT/2026/02"
    ),
    "fj_ai_headshot_app_privacy_notice_samdrup_jongkhar": (
        "Headsmith Apps Private Limited"
    ),
    "fj_scan_booth_game_double_release_damphu": (
        "Yeti Forge Games Private Limited - Tales of the Ridge"
    ),
    "fj_synthetic_stock_release_ai_addendum_lhuentse": (
        "Synthstock Himalaya Private Limited - Model Release"
    ),
    "fj_fitness_coach_avatar_agreement_zhemgang": (
        "Pacewright Coach Private Limited"
    ),
    "fj_dating_app_featured_member_terms_noai_trashiyangtse": (
        "Kindred Peaks Private Limited - Featured Member Programme"
    ),
    "fj_stock_contributor_model_release_noai_nganglam": (
        "Rhodoview Images Private Limited - Form MR-4"
    ),
    "fj_creator_summit_filming_notice_noai_wamrong": (
        "Makerhall Private Limited - Creator Summit 2026"
    ),
    "fj_yoga_platform_instructor_terms_noai_jomotsangkha": (
        "Lotusflow Online Private Limited - Instructor Terms"
    ),
    "fi_mother_agency_management_agreement_digital_twin_new_amsterdam_long": (
        "Greenheart Model Management Inc. - Mother Agency and Management Agreement"
    ),
    "fi_talent_management_agreement_voice_attorney_anna_regina_long": (
        "Hoatzin Talent Partners Ltd. - Personal Management Agreement"
    ),
    "fi_model_agency_exclusive_representation_noai_corriverton_long": (
        "Arapaima Models Inc. - Agreement No. AM-REP-2026-014"
    ),
    "fi_agency_client_booking_terms_ai_variants_rose_hall": (
        "Jacana Model Agency Ltd."
    ),
    "fi_booking_confirmation_email_ai_variants_mabaruma": (
        "Mora Models Ltd. - Bookings"
    ),
    "fi_mother_agency_placement_letter_digital_double_mahdia": (
        "Bluewing Models Inc. - Mother Agency"
    ),
    "fi_artist_management_ai_voice_addendum_vreed_en_hoop": (
        "Wallaba Artist Management Ltd. - Addendum No. 2"
    ),
    "fi_child_model_agency_agreement_guardian_replica_skeldon": (
        "Lily Pad Kids Agency Inc."
    ),
    "fi_agency_digital_model_licensing_mandate_fort_wellington": (
        "Silk Cotton Digital Models Inc. - SCDM/MAN/2026/031"
    ),
    "fi_music_artist_management_voice_model_suddie": (
        "Kiskadee Music Management Ltd."
    ),
    "fi_presenter_management_agreement_noai_timehri": (
        "Lamaha Presenter Management Ltd."
    ),
    "fi_influencer_management_agreement_noai_kwakwani": (
        "Sunbittern Social Management Inc."
    ),
    "fi_mother_agency_agreement_attorney_releases_noai_leonora": (
        "Awara Model Agency Inc."
    ),
    "fi_voice_talent_roster_showreel_release_noai_uitvlugt": (
        "Troolie Voice Talent Agency Ltd. - Voice and On-Camera Roster"
    ),
    "fh_fit_model_body_scan_avatar_agreement_zomba_long": (
        "Chambo Apparel Technologies Limited - Fit Model and Body Scan Agreement"
    ),
    "fh_ecommerce_shoot_release_ai_variants_mzuzu": (
        "Msika Online Limited - Studio Release MS/FA/2026/03"
    ),
    "fh_influencer_campaign_virtual_avatar_agreement_karonga_long": (
        "Mphamvu Beverages Limited - Campaign MPH-INF-2026-004"
    ),
    "fh_telecom_campaign_digital_double_buyout_kasungu": (
        "Zathu Telecom Limited - Brand Marketing"
    ),
    "fh_portrait_studio_model_release_noai_nkhotakota": (
        "Kachere Lens Studio"
    ),
    "fh_model_management_agreement_noai_mchinji_long": (
        "Tiyamike Models & Talent Management Limited"
    ),
    "fh_child_model_catalogue_release_guardian_noai_balaka": (
        "Ana Athu Kids Wear Limited - Back-to-School 2026"
    ),
    "fh_tv_commercial_synthetic_voice_release_liwonde": (
        "Nthanda Pictures Limited - Job NP-0412 Tambala Cement"
    ),
    "fh_body_scan_sizing_study_consent_rumphi": (
        "Thupi Labs Limited - Mwa Ife Sizing Study"
    ),
    "fh_hair_salon_campaign_model_release_noai_nkhata_bay": (
        "Tsitsi Hair Studio"
    ),
    "fh_fashion_week_runway_capture_terms_mzimba": (
        "Mlengalenga Fashion Week Limited - Model Check-In"
    ),
    "fh_influencer_yogurt_content_agreement_noai_machinga": (
        "Mkaka Dairies Limited - Marketing Department"
    ),
    "fh_sun_care_ai_addendum_model_release_phalombe": (
        "Dzuwa Sun Care Limited"
    ),
    "fh_headwrap_virtual_tryon_talent_schedule_nsanje": (
        "Mpango Headwraps Limited - Talent Services Agreement"
    ),
    "fg_tts_voice_donor_licence_franceville_long": (
        "Voxalia Speech Technologies SA - Voice Donor Licence VX/VD/2026/007"
    ),
    "fg_dubbing_studio_framework_ai_voice_lambarene_long": (
        "Studio Mbolo Doublage SARL"
    ),
    "fg_audiobook_narration_agreement_noai_mouila_long": (
        "Éditions Okoumé Audio SARL - Agreement EOA-NAR-2026-031"
    ),
    "fg_audiobook_digital_narrator_addendum_port_gentil": (
        "Papyrus Équatorial Éditions SA"
    ),
    "fg_radio_overnight_ai_presenter_voice_licence_makokou": (
        "Ndzimba Médias SA - Radio Ndzimba FM"
    ),
    "fg_radio_station_idents_voiceover_release_noai_bitam": (
        "Okwelo Communication SARL - Radio Okwelo 98.4 FM"
    ),
    "fg_bank_phone_menu_staff_voice_notice_noai_owendo": (
        "Banque Atsiaga SA - Human Resources"
    ),
    "fg_mobile_game_ai_barks_voice_addendum_gamba": (
        "Pixel Ébène Studio SARL"
    ),
    "fg_voice_bank_marketplace_artist_terms_mounana": (
        "Sonobank Voices SAS"
    ),
    "fg_dubbing_booking_email_ai_voice_match_lastourville": (
        "Doublage Équateur Agency SARL - Bookings"
    ),
    "fg_game_voice_session_agreement_noai_okondja": (
        "Kalaba Interactive SARL"
    ),
    "fg_ngo_child_radio_drama_synthetic_voices_mayumba": (
        "Fondation Santé Kimia - Les Amis de Kéké"
    ),
    "fg_telenovela_dubbing_actor_agreement_noai_ndende": (
        "Oyali Doublage SARL"
    ),
    "fg_newsroom_synthetic_newsreader_policy_fougamou": (
        "Échos du Matin Médias SA - Editorial Policy"
    ),
    "ff_avatar_studio_app_creator_terms_kathmandu_long": (
        "Pratibimba Technologies Pvt. Ltd. - MeFrame Studio"
    ),
    "ff_synthetic_model_marketplace_talent_agreement_lalitpur_long": (
        "Roopkala Digital Pvt. Ltd. - TwinRunway"
    ),
    "ff_fashion_marketplace_studio_model_agreement_noai_birgunj_long": (
        "Lugamart Online Pvt. Ltd. - Lugamart Studio"
    ),
    "ff_news_app_digital_twin_presenter_licence_hetauda": (
        "Khabarkhana Media Pvt. Ltd."
    ),
    "ff_creator_platform_ai_dubbing_voice_addendum_bharatpur": (
        "Guff Video Pvt. Ltd. - Partner Programme"
    ),
    "ff_synthetic_faces_dataset_sitter_agreement_janakpur": (
        "Anuhar Data Works Pvt. Ltd. - SynthFace"
    ),
    "ff_avatar_ad_network_influencer_campaign_agreement_dhangadhi": (
        "Chhavi Ads Pvt. Ltd. - ChhaviCast"
    ),
    "ff_talking_photo_memorial_app_terms_gorkha": (
        "Smriti Moving Pictures Pvt. Ltd."
    ),
    "ff_voice_marketplace_narrator_clone_licence_ilam": (
        "Swar Bank Pvt. Ltd."
    ),
    "ff_live_commerce_host_digital_twin_email_bhadrapur": (
        "Haat Live Commerce Pvt. Ltd. - Host Partnerships"
    ),
    "ff_fitness_streaming_instructor_content_licence_noai_dhulikhel": (
        "Kasrat Fit Pvt. Ltd. - KasratFit"
    ),
    "ff_creator_platform_featured_creator_terms_noai_tansen": (
        "KalakarHub Pvt. Ltd."
    ),
    "ff_tutoring_platform_tutor_video_terms_noai_rajbiraj": (
        "Sikshya Sathi Pvt. Ltd. - Padhai"
    ),
    "ff_photo_contest_community_rules_noai_bhaktapur": (
        "Drishya Photo Community Pvt. Ltd."
    ),
    "fe_mother_agency_digital_twin_agreement_parakou_long": (
        "Ayaba Models SARL - Mother Agency"
    ),
    "fe_talent_management_synthetic_voice_agreement_abomey_long": (
        "Kaléta Talent Management SARL"
    ),
    "fe_model_agency_representation_agreement_noai_bohicon_long": (
        "Nanyé Model Management SARL - Model Board"
    ),
    "fe_model_power_of_attorney_digital_replica_allada": (
        "Zoun Agency SARL - Special Power of Attorney"
    ),
    "fe_child_model_agency_guardian_ai_composites_natitingou": (
        "Kpévi Kids Agency SARL - Children's Board"
    ),
    "fe_agency_email_booking_ai_versions_savalou": (
        "Miwa Models SARL - Bookings"
    ),
    "fe_athlete_management_digital_double_malanville": (
        "Arène Sport Management SARL"
    ),
    "fe_musician_management_hologram_agreement_tanguieta": (
        "Sato Music Management SARL"
    ),
    "fe_creator_network_terms_ai_clone_sakete": (
        "Vivi Creator Network SAS - Creator Terms"
    ),
    "fe_sub_agency_placement_agreement_ai_twin_bembereke": (
        "Orou Models SARL - Linea Model Management SRL"
    ),
    "fe_talent_manager_agreement_noai_glazoue": (
        "Houénou Talent Management SARL"
    ),
    "fe_influencer_management_agreement_noai_bassila": (
        "Kpanlingan Social SARL"
    ),
    "fe_mother_agency_placement_letter_noai_tchaourou": (
        "Alafia Models SARL"
    ),
    "fe_model_power_of_attorney_noai_kouande": (
        "Cabinet Tossou Talent Représentation SARL"
    ),
    "fd_runway_show_digital_double_model_agreement_antsirabe_long": (
        "Atelier Vonjena Couture SARL - Collection Lamba Vaovao SS27"
    ),
    "fd_ecommerce_catalogue_virtual_tryon_model_release_toliara": (
        "Tsena Online SA - Studio and Catalogue"
    ),
    "fd_influencer_ai_avatar_brand_campaign_agreement_fianarantsoa_long": (
        "Blue Reef Beverages SA - Mamy Fresh Launch 2026"
    ),
    "fd_beauty_campaign_synthetic_voice_talent_release_antsiranana": (
        "Lavenona Cosmetics SA - Hoditra Soa Campaign"
    ),
    "fd_model_agency_management_digital_twin_agreement_ambatondrazaka_long": (
        "Voninkazo Model Management SARL - Digital Division"
    ),
    "fd_resort_campaign_video_talent_release_noai_sambava": (
        "Fasika Lodge & Spa SA - Marketing"
    ),
    "fd_jewellery_lookbook_agency_booking_confirmation_noai_manakara": (
        "Lova Models SARL - Bookings"
    ),
    "fd_marketplace_studio_model_booking_email_noai_farafangana": (
        "Bazary Studio SARL - Bookings"
    ),
    "fd_bridal_boutique_fitting_photo_release_noai_maroantsetra": (
        "Fanja Bridal SARL"
    ),
    "fd_childrenswear_model_guardian_release_ai_composites_mananjary": (
        "Ankizy Style SARL - Back-to-School 2027"
    ),
    "fd_cosmetics_campaign_ai_variants_model_release_ambanja": (
        "Tsiky Cosmetics SA - Tsiky Shades Campaign"
    ),
    "fd_music_video_dancer_motion_capture_avatar_release_miarinarivo": (
        "Dihy Films SARL - Production Rivotra"
    ),
    "fd_telecom_billboard_campaign_ai_versions_addendum_ambalavao": (
        "Ravina Mobile SA - Brand and Communication"
    ),
    "fd_swimwear_catalogue_shoot_model_release_noai_marovoay": (
        "Rano Swim SARL - Resort Collection 2027"
    ),
    "ez_fashion_house_digital_double_model_agreement_podor_long": (
        "Maison Aurelle SAS - Africa Studio"
    ),
    "ez_ecommerce_virtual_tryon_model_release_kebemer": (
        "Ndiambour Mode en Ligne SARL"
    ),
    "ez_telecom_commercial_synthetic_voice_talent_agreement_bakel": (
        "Orbitel Senegal SA - Faleme Creative SARL"
    ),
    "ez_beauty_influencer_ai_avatar_ambassador_agreement_sedhiou_long": (
        "Lumara Cosmetics Ltd - West Africa Marketing Office"
    ),
    "ez_film_extras_digital_scan_release_kolda": (
        "Sunu Film Productions SARL - Harmattan Road"
    ),
    "ez_trade_fair_hostess_photo_release_noai_foundiougne": (
        "Saloum Events & Hôtesses SARL"
    ),
    "ez_ecommerce_product_page_model_release_noai_dagana": (
        "Walo Market SARL"
    ),
    "ez_hair_care_commercial_talent_agreement_noai_linguere_long": (
        "Savanelle Hair Care SA / Ferlo Films SARL"
    ),
    "ez_beauty_model_search_ai_variants_entry_release_velingara": (
        "Nafi Cosmétiques SARL"
    ),
    "ez_cultural_festival_dancers_filming_release_noai_oussouye": (
        "Association Kalaamisa - Festival des Cultures de Basse-Casamance"
    ),
    "ez_radio_jingle_voice_model_licence_tivaouane": (
        "Radio Cayor FM SARL"
    ),
    "ez_influencer_food_brand_content_agreement_noai_gossas": (
        "Sahel Millet Foods SARL"
    ),
    "ez_fashion_week_digital_runway_avatar_consent_form_joal_fadiouth": (
        "Association Mbissa Mode - Petite Côte Fashion Week"
    ),
    "ez_eco_lodge_campaign_digital_double_agreement_guinguineo": (
        "Kora Hospitality Group"
    ),
    "fa_exclusive_model_management_agreement_digital_likeness_ifrane_long": (
        "Cedre Blanc Models SARL - Exclusive Model Management Agreement"
    ),
    "fa_mother_agency_placement_agreement_noai_midelt_long": (
        "Cedar Peak Scouting SARL - Mother Agency Agreement"
    ),
    "fa_agency_standard_booking_terms_digital_double_zagora": (
        "Dune Light Models SARL - Standard Booking Terms for Clients, January 2026"
    ),
    "fa_runway_show_booking_confirmation_noai_chefchaouen": (
        "Blue Door Models SARL - Booking Confirmation BDM-26-041"
    ),
    "fa_ambassador_placement_agreement_virtual_tryon_avatar_asilah": (
        "Lumiere Belle Cosmetiques SAS - Ambassador Placement Agreement"
    ),
    "fa_voice_artist_representation_mandate_demo_voice_larache": (
        "Lighthouse Voice Agency SARL - Representation Mandate"
    ),
    "fa_promotional_staff_placement_terms_noai_taroudant": (
        "Sunrise Events Staffing SARL - Placement Terms for Promotional Staff"
    ),
    "fa_talent_management_agreement_ai_voice_avatar_azrou_long": (
        "Zitouna Talent Management SARL – Talent Management Agreement"
    ),
    "fa_model_digital_likeness_licensing_mandate_tiznit": (
        "Sable Rose Models SARL – Digital Likeness Licensing Mandate"
    ),
    "fa_agency_test_shoot_release_noai_sefrou": (
        "Cerise Model Management SARL – Test Shoot Agreement and Image Release"
    ),
    "fa_creator_network_management_agreement_ai_dubbing_khenifra": (
        "Northbridge Creator Network Ltd – Creator Management Agreement"
    ),
    "fa_management_agreement_digital_double_addendum_azilal": (
        "Cascade Models SARL – Addendum No. 2"
    ),
    "fa_child_model_agency_registration_form_noai_demnate": (
        "Petits Talents SARL – Child Model Registration"
    ),
    "fa_voice_agency_booking_terms_synthetic_ivr_voice_azemmour": (
        "Orvia Telecom SA – Voice Booking BV-2026-118"
    ),
    "fb_digital_human_presenter_agreement_savusavu_long": (
        "Numa Digital Humans Pte. Ltd. - Digital Human Presenter Agreement"
    ),
    "fb_synthetic_voice_marketplace_talent_terms_tavua_long": "VoxHarbour Pacific Pte Limited",
    "fb_stock_photo_contributor_model_release_noai_lomaloma_long": (
        "Reef and Rain Imagery Pte Limited - Talent Agreement and Model Release"
    ),
    "fb_stock_agency_ai_licensing_addendum_sigatoka": (
        "Brightfold Images (Fiji) Pte Limited - AI Licensing Programme"
    ),
    "fb_influencer_digital_twin_licence_rakiraki": "Solara Skincare (Fiji) Pte Limited",
    "fb_tourism_virtual_host_avatar_consent_waiyevo": (
        "Garden Island Visitor Bureau Incorporated - Virtual Host Project"
    ),
    "fb_itaukei_voice_contributor_form_vunisea": (
        "Tanoa Speech Technologies Pte Limited - Vosa Vakaviti Voice Project"
    ),
    "fb_ai_dubbing_voice_actor_release_labasa": "Polyglot Media (Fiji) Pte Limited - Localisation",
    "fb_virtual_try_on_body_scan_consent_nasinu": "Tapa & Thread Online Pte Limited",
    "fb_radio_ai_newsreader_voice_licence_seaqaqa": "Cane Belt FM Limited",
    "fb_podcast_guest_release_noai_nabouwalu": "Talanoa Waves Media Pte Limited",
    "fb_resort_campaign_shoot_release_noai_korolevu": "Azurine Hotels & Resorts (Fiji) Pte Limited",
    "fb_creator_marketplace_brand_collab_noai_somosomo": (
        "CollabReef Pte Limited - Bula Kava Co. campaign"
    ),
    "fb_rugby_club_fan_app_terms_noai_vatukoula": "Vatukoula Miners Rugby Football Club",
    "fc_tts_voice_donor_agreement_ouadane_long": (
        "Orelune Speech Technologies Ltd - Voice Donor Agreement, Ouadane branch"
    ),
    "fc_dubbing_synthetic_voice_agreement_kaedi_long": (
        "Studio Fouta Doublage SARL - Agreement No. SFD-2026-014"
    ),
    "fc_voice_bank_donation_consent_form_kiffa": (
        "Association Sawt Al-Amal - Voice Banking Programme, Form VB-3"
    ),
    "fc_game_voice_actor_agreement_synthetic_lines_zouerat": (
        "Dunefall Interactive Ltd - Voice Performer Agreement"
    ),
    "fc_radio_presenter_engagement_night_voice_boutilimit": (
        "Radio Sahel Horizon FM SARL - Presenter engagement, 2026 season"
    ),
    "fc_voice_agency_mandate_synthetic_licensing_aoujeft": (
        "Agence Voix et Talents du Sahel SARL"
    ),
    "fc_literacy_app_learner_voice_consent_selibaby": (
        "Qalam Learning SARL - Harfi learner voice notice v2.0"
    ),
    "fc_hassaniya_speech_corpus_contributor_consent_akjoujt": (
        "Institut Supérieur des Langues et du Numérique d'Akjoujt - CSH-2026"
    ),
    "fc_audiobook_synthetic_pickups_addendum_timbedra": (
        "Hearthsong Audio Inc. - Addendum No. 2 (Synthetic Pickups)"
    ),
    "fc_audiobook_narration_agreement_noai_oualata_long": (
        "Inkwell and Ember Audio Ltd - Narration Agreement IE-NAR-2026-031"
    ),
    "fc_podcast_guest_release_noai_boghe": (
        "Lanterne Podcasts SARL - River Voices guest terms"
    ),
    "fc_radio_commercial_voiceover_agreement_noai_maghama": (
        "Agence Créa Sahel SARL - Kora Mobile Money, Envoie Facile 2026"
    ),
    "fc_mobile_game_voice_session_booking_noai_tintane": (
        "Brightmoss Games Oy - Audio team bookings"
    ),
    "fc_community_radio_volunteer_presenter_terms_noai_guerou": (
        "Association Radio Communautaire Al Bayane"
    ),
    "ev_fashion_house_digital_twin_model_agreement_konjic_long": (
        "Atelier Varenne S.A.S. - Model Services and Digital Twin Agreement"
    ),
    "ev_ecommerce_ai_colourway_model_release_tesanj": "Šivara d.o.o. - sivara.ba",
    "ev_skincare_influencer_ai_avatar_agreement_zepce_long": "Nordlys Skin AS - Glow Season",
    "ev_stadium_commercial_fan_crowd_scan_release_kakanj": (
        "Kadar Film d.o.o. for Vitalo Drinks d.o.o."
    ),
    "ev_model_agency_digital_double_booking_terms_sokolac": (
        "Lik Models d.o.o. - Terms and Conditions of Booking v4.2"
    ),
    "ev_leather_brand_launch_event_guest_terms_noai_visoko": (
        "Event Studio Omega d.o.o. for Cuoio Ferri S.p.A."
    ),
    "ev_bank_commercial_synthetic_voice_talent_contract_capljina": (
        "Neretva Banka d.d. - Contract no. NB-2026-031"
    ),
    "ev_charity_fashion_show_volunteer_models_noai_jajce": (
        "Heart for Children Association - Fashion for a Cause 2026"
    ),
    "ev_fashion_week_runway_ai_recap_content_release_ljubuski": (
        "Runway Balkans d.o.o. - Adriatic Runway Days 2026"
    ),
    "ev_runway_season_model_booking_agreement_noai_derventa_long": (
        "Catwalk Production Group d.o.o."
    ),
    "ev_street_style_photographer_release_noai_mrkonjic_grad": "Streetframe Journal - Lena Kraus",
    "ev_open_casting_day_ai_model_campaign_release_vlasenica": (
        "Zenvo Fashion Ltd - Open Casting Day"
    ),
    "ev_telecom_commercial_voiceover_synthetic_tags_zavidovici": (
        "Mreža Plus d.d. / Studio Zvuk d.o.o."
    ),
    "ev_hair_show_salon_model_release_noai_srebrenik": "Studio Kosa Mira d.o.o.",
    "ew_mother_agency_agreement_digital_double_mahebourg_long": (
        "Lagon Bleu Models Ltd - Mother Agency Agreement"
    ),
    "ew_influencer_management_agreement_ai_avatar_grand_baie_long": (
        "Coral Reach Talent Management Ltd"
    ),
    "ew_resort_campaign_booking_confirmation_ai_variants_bel_ombre": (
        "Southern Breeze Models Ltd - Booking SBM/2026/0412"
    ),
    "ew_placement_agreement_digital_twin_souillac": (
        "Meridian Model Management Ltd - Placement Agreement"
    ),
    "ew_model_release_agency_countersigned_noai_chamarel": "Domaine des Sept Cascades Ltd",
    "ew_talent_booking_platform_terms_showcase_avatar_triolet": (
        "CastLink Indian Ocean Ltd - Talent Terms"
    ),
    "ew_child_model_registration_form_noai_rose_belle": "Petits Pas Kids Models Ltd",
    "ew_voice_talent_representation_mandate_synthetic_voice_curepipe_long": (
        "VoixOcéan Talent Agency Ltée"
    ),
    "ew_voice_artist_representation_addendum_synthetic_voice_quartier_militaire": (
        "Kréol Voix Ltée - Addendum No. 2"
    ),
    "ew_sports_ambassador_management_agreement_noai_centre_de_flacq": "Est Sports Management Ltée",
    "ew_influencer_agency_roster_terms_agency_avatar_grand_gaube": "Nexa Creators Agency Ltd",
    "ew_ecommerce_booking_agreement_virtual_tryon_plaine_magnien": "Modalia Marketplace Pte. Ltd.",
    "ew_dance_performer_agency_mandate_noai_lallmatie": "Rythm'Île Dance Agency",
    "ew_image_rights_management_agreement_ai_fan_companion_goodlands": "Nord Image Rights Ltd",
    "ex_avatar_platform_presenter_licence_agreement_gjirokaster_long": (
        "HOLOGEN STUDIOS LIMITED - Stock Avatar Presenter Licence Agreement HGS/PR/2026/0413"
    ),
    "ex_synthetic_voice_marketplace_seller_agreement_permet_long": (
        "SonaForge Inc. - Voice Seller Agreement, version 4.2"
    ),
    "ex_stock_model_contributor_agreement_noai_konispol_long": (
        "Northlight Images Limited - Model Participation Agreement NLI-CSP-AL-0207"
    ),
    "ex_digital_human_brand_ambassador_agreement_himare": (
        "Lindqvist Skincare AB - Brand Ambassador Agreement (Sun & Salt)"
    ),
    "ex_voice_clone_app_user_terms_orikum": "Voxeli Inc. - Terms of Use",
    "ex_stock_footage_ai_training_consent_form_selenice": "Kinetika Footage GmbH - Form AIC-3",
    "ex_creator_ai_twin_programme_terms_memaliaj": (
        "Fanvista Ltd - AI Twin Programme Creator Terms, version 2.0"
    ),
    "ex_virtual_influencer_motion_capture_release_patos": (
        "Studio Meridian sh.p.k. - Performance Capture Release"
    ),
    "ex_fitness_app_trainer_avatar_licence_kucove": (
        "PULSEFIT OY - Trainer Avatar Licence Agreement"
    ),
    "ex_language_app_community_voice_tutor_agreement_corovode": (
        "Fjalor Learn sh.p.k. - Community Voices 2026-2027"
    ),
    "ex_creator_marketplace_portfolio_terms_noai_peshkopi": "Pixela AI sh.p.k. - Pazari Kreativ",
    "ex_app_store_screenshot_staff_model_release_noai_pogradec": (
        "Liqeni Software sh.p.k. - HR-07 Staff Image Notice"
    ),
    "ex_fashion_ecommerce_model_booking_terms_noai_bilisht": "Modavia SE - Model Booking Terms",
    "ex_holiday_rental_host_photo_terms_noai_leskovik": (
        "Stayvia B.V. - Professional Photography Programme"
    ),
    "ey_tts_voice_donor_agreement_governors_harbour_long": (
        "Sonavox Speech Technologies Ltd. - Voice Donor Agreement SVX-DON-2026-0117"
    ),
    "ey_audiobook_narrator_agreement_digital_narration_hope_town_long": (
        "Pagewell Audio Limited - Narrator Services Agreement"
    ),
    "ey_dubbing_actor_voice_conversion_spanish_wells": "Seafan Dubbing Studios Ltd.",
    "ey_radio_presenter_synthetic_voice_addendum_clarence_town": (
        "Lighthouse Broadcasting Company Limited (Lighthouse FM 103.5)"
    ),
    "ey_podcast_network_ai_translation_rider_rock_sound": "Lumen Waves Audio Network - Rider C",
    "ey_voice_marketplace_talent_terms_ai_voice_alice_town": "VoxHarbour Ltd.",
    "ey_resort_jingle_singer_release_ai_vocals_dunmore_town": "Rosewater Cove Resort Ltd.",
    "ey_bahamian_dialect_speech_corpus_consent_arthurs_town": (
        "Cat Island Heritage and Language Foundation"
    ),
    "ey_animation_voice_actor_digital_voice_double_fresh_creek": (
        "Brightreef Animation Ltd. - Captain Conch and the Reef Crew"
    ),
    "ey_radio_breakfast_presenter_agreement_noai_nicholls_town_long": (
        "North Andros Broadcasting Company Limited t/a Conch Country 98.1 FM"
    ),
    "ey_fintech_ad_voiceover_buyout_noai_treasure_cay": (
        "Treasure Cay Sound Ltd. for Conchline AI Payments Ltd."
    ),
    "ey_folk_tales_audiobook_narrator_contract_noai_sandy_point": "Sandy Point Press",
    "ey_container_terminal_announcement_voice_release_noai_eight_mile_rock": (
        "Pelican Bay Container Terminal Ltd. - Human Resources"
    ),
    "ey_pineapple_festival_stage_performers_recording_terms_noai_gregory_town": (
        "Gregory Town Pineapple Festival Committee"
    ),
    "en_fashion_house_digital_twin_model_agreement_paralimni_long": (
        "MAISON VERLAINE SAS - Model Services and Digital Twin Agreement"
    ),
    "en_runway_booking_body_scan_virtual_show_pissouri": (
        "Halcyon Models Cyprus Ltd - Booking Confirmation"
    ),
    "en_influencer_brand_ambassador_ai_avatar_agreement_geroskipou_long": (
        "Solenne Cosmetics Limited - Brand Ambassador Agreement"
    ),
    "en_tv_commercial_voice_clone_localisation_deal_memo_lefkara": "Halloran Pike Productions Ltd",
    "en_resort_commercial_talent_release_ai_variants_platres": "Pinewood Heights Hotels Ltd",
    "en_cosmetics_shade_matching_ai_training_consent_form_kalavasos": (
        "Kalista Beauty GmbH - ShadeTrue Photo Sessions"
    ),
    "en_event_presenter_hologram_host_agreement_aradippou": "Expoline Events Ltd",
    "en_model_agency_digital_likeness_mandate_letter_omodos": "Vinea Model Management Ltd",
    "en_sportswear_athlete_digital_double_licence_kolossi_long": "Nordfjell Athletic AS",
    "en_runway_show_model_terms_noai_kakopetria": (
        "Olive Crown Events Ltd - Mountain Fashion Days 2026"
    ),
    "en_bridal_fair_catwalk_model_consent_form_noai_tochni": (
        "Vinewood Weddings Ltd - Golden Vine Wedding Fair"
    ),
    "en_influencer_gifting_content_agreement_noai_agros": "Rosehip & Co Ltd",
    "en_stock_lifestyle_photo_release_noai_pedoulas": "Andreas Kallis Photography",
    "en_car_dealer_customer_testimonial_release_noai_ypsonas": "Velora Motors Ltd",
    "eo_model_management_agreement_digital_twin_wiltz_long": "Ardennes Faces Management S.a r.l.",
    "eo_voice_talent_representation_mandate_synthetic_voice_echternach_long": (
        "Mullerthal Voices S.a r.l. - Representation Mandate"
    ),
    "eo_model_placement_agreement_paris_noai_grevenmacher": (
        "Miselerland Models S.a r.l. / Agence Lumiere Models SAS"
    ),
    "eo_athlete_representation_mandate_game_avatar_redange": "Attert Sports Management S.a r.l.",
    "eo_ugc_creator_network_terms_ai_training_bettembourg": "Loopreel Europe S.a r.l.",
    "eo_agency_power_of_attorney_ai_likeness_junglinster": "Altitude Models S.a r.l.",
    "eo_esports_creator_management_agreement_noai_hosingen": "Oesling Esports S.a r.l.",
    "eo_mother_agency_placement_agreement_replica_vianden_long": "Ourtal Model Management S.à r.l.",
    "eo_agency_test_shoot_release_form_noai_mersch": "Alzette Valley Models S.à r.l.",
    "eo_talent_management_digital_double_addendum_diekirch": "Nordstad Talent Management S.à r.l.",
    "eo_child_model_registration_form_noai_steinfort": "Kleng Stären Kids Models S.à r.l.",
    "eo_fitness_creator_management_agreement_noai_mondorf_les_bains": (
        "Bainsfit Management S.à r.l."
    ),
    "eo_brand_ambassador_placement_digital_twin_beaufort": "Maison Clairval SAS",
    "eo_mother_agency_digital_twin_scan_consent_form_troisvierges": "Northpoint Models S.à r.l.",
    "ep_avatar_platform_presenter_licence_pazin_long": (
        "Synthara Studios Limited - Presenter Avatar Licence"
    ),
    "ep_synthetic_voice_marketplace_talent_terms_buzet_long": "Vocalia Europe d.o.o. - VoxBazaar",
    "ep_stock_model_release_ai_data_addendum_motovun": "Frameline Images Ltd",
    "ep_digital_human_ambassador_consent_form_delnice": "Goranka Izvor d.o.o.",
    "ep_creator_ai_twin_chat_programme_terms_gospic": "Fanlink Media Ltd",
    "ep_ai_dubbing_platform_voice_release_otocac": "Polyglot Dub Inc. - Voice Release",
    "ep_avatar_video_call_app_beta_tester_agreement_sinj": (
        "Mirrorlane Technologies Ltd - Confidential Beta"
    ),
    "ep_ugc_ad_creator_terms_ai_versions_metkovic": "Clipster Ltd",
    "ep_streamer_avatar_skin_licence_cavtat": "Streamfolk GmbH",
    "ep_stock_footage_model_agreement_noai_pakrac_long": "Brightfield Stock Media Ltd",
    "ep_fitness_app_member_stories_terms_noai_ilok": "Sokol Fit - Vinograd Fitness d.o.o.",
    "ep_dating_app_success_story_release_noai_krizevci": "Srodna Dusa d.o.o.",
    "ep_influencer_marketplace_collab_terms_noai_ludbreg": "Collabio Ltd",
    "ep_livestream_shopping_host_release_noai_krapina": "Sajam Live - Zagorski Sajam d.o.o.",
    "eq_tts_voice_donor_agreement_akropong_long": "Kasa Speech Labs Limited",
    "eq_series_dubbing_synthetic_voice_agreement_nkawkaw_long": (
        "Orbitale Streaming Services Limited / Kwahu Ridge Dubbing Studios Limited"
    ),
    "eq_audiobook_narration_agreement_noai_aburi_long": "Sankofa Listening House Limited",
    "eq_bank_ivr_voice_prompts_release_begoro": "Fanteakwa Community Bank PLC",
    "eq_podcast_guest_release_noai_winneba": "Muni Lagoon Media - Coastline Conversations",
    "eq_radio_ad_voiceover_booking_form_kpando": "Dayi River Creative Agency",
    "eq_community_radio_presenter_agreement_noai_salaga": "Gonja Community Radio 101.1 FM",
    "eq_animated_series_voice_cast_agreement_noai_elmina": "Castle Bay Animation Limited",
    "eq_voice_assistant_persona_licence_konongo": "Meridian Mobile Ghana Limited",
    "eq_musician_ai_voice_endorsement_agreement_berekum": "Zesta Beverages Ghana Limited",
    "eq_football_commentator_voice_licence_wenchi": "GoalCast Africa Limited",
    "eq_bus_terminal_announcements_release_noai_nsawam": "Densu Express Coaches Limited",
    "eq_dubbing_actor_ai_consent_form_dodowa": "Shai Plains Dubbing Studio Limited",
    "eq_singing_contest_entry_terms_abetifi": "Kwahu Easter Voices Committee",
    "er_ecommerce_model_agreement_digital_double_kuldiga_long": "SIA Nordvik Wear Baltic",
    "er_fashion_week_model_terms_virtual_show_cesis_long": (
        "Nodibinājums \"Runway Baltica\" - Old Town Fashion Days SS27"
    ),
    "er_stock_photo_model_release_ai_training_aluksne": "Fjordframe Images AS",
    "er_influencer_collaboration_agreement_ai_avatar_madona": "Solstra Skincare GmbH",
    "er_event_promotion_staff_booking_form_ai_variants_smiltene": "SIA Promo Komanda",
    "er_hair_campaign_model_release_ai_restyling_bauska": "Velora Hair Professional S.r.l.",
    "er_voice_talent_agreement_ecommerce_ads_voice_clone_valka": "Baltimarket UAB",
    "er_model_agency_booking_confirmation_catalogue_ai_kraslava": "SIA North Gate Models",
    "er_sportswear_campaign_release_synthetic_variants_tukums": "Korvo Athletics Ltd",
    "er_model_management_agreement_noai_salacgriva_long": "SIA Baltic Shore Model Management",
    "er_stock_lifestyle_shoot_model_release_noai_kandava": (
        "Meadowlight Stock Ltd - Contributor Kaspars Rudzītis"
    ),
    "er_agri_machinery_fair_stand_host_release_noai_skrunda": "Harveco Agritech GmbH",
    "er_ice_cream_commercial_extras_release_noai_rujiena": "SIA Vasaras Kadri",
    "er_bridal_collection_catalogue_model_release_noai_pavilosta": "Atelier Kāpa SIA",
    "es_exclusive_model_management_agreement_digital_double_orotina_long": (
        "Brisa Models Management S.A. - Exclusive Model Management Agreement"
    ),
    "es_mother_agency_placement_agreement_digital_twin_atenas_long": (
        "Cafetal Model Development S.R.L. - Mother Agency Agreement"
    ),
    "es_influencer_management_agreement_synthetic_voice_tilaran_long": (
        "Gestión Creativa Viento Norte S.R.L."
    ),
    "es_agency_test_shoot_release_form_noai_zarcero": "Agencia de Modelos Cumbres S.A.",
    "es_voice_talent_agency_mandate_voice_clone_bagaces": (
        "Voces del Pacífico Agencia de Locución S.R.L."
    ),
    "es_swimwear_brand_placement_agreement_digital_twin_hojancha": (
        "Marea Swimwear B.V. - Resort 2026"
    ),
    "es_surf_athlete_management_agreement_noai_nandayure": "Costa Alta Sports Management S.A.",
    "es_new_face_registration_form_ai_options_cobano": "Agencia de Modelos Mar y Bosque S.A.",
    "es_promo_model_booking_confirmation_virtual_host_guatuso": (
        "Agencia Volcán Eventos y Modelos S.A."
    ),
    "es_music_artist_management_agreement_ai_vocals_palmares": "Tope Music Management S.A.",
    "es_fitness_creator_management_agreement_noai_orosi": "Ritmo Activo Talent S.R.L.",
    "es_conservation_brochure_shoot_release_noai_cahuita": "Manglar Adventures S.A.",
    "es_event_host_engagement_letter_digital_host_golfito": (
        "BlueWake Marine Inc. / Agencia Marea Alta Eventos S.A."
    ),
    "es_commercial_actor_representation_agreement_noai_quepos": "Costa Verde Talent Agency S.A.",
    "et_avatar_studio_presenter_licence_tryavna_long": "HoloCast Digital EOOD",
    "et_dataset_contributor_agreement_face_video_melnik_long": "Kestrel Data Labs EOOD",
    "et_stock_model_release_generative_rider_razlog": "Northlight Images EOOD",
    "et_digital_concierge_participant_consent_form_chepelare": "Avatara Studio OOD",
    "et_ai_dubbing_platform_voice_contributor_velingrad": "Dubwise Studios EOOD",
    "et_virtual_influencer_face_model_agreement_panagyurishte": "Mirrorline Media OOD",
    "et_language_app_tutor_avatar_letter_agreement_etropole": "Lingvora Learning EOOD",
    "et_fitness_app_trainer_digital_double_teteven": "Pulsefield Fitness EAD",
    "et_game_studio_fan_face_scan_terms_svishtov": "Riverbyte Games EOOD",
    "et_photo_marketplace_model_release_noai_belogradchik_long": "Kadar Stock OOD",
    "et_handmade_textile_marketplace_seller_terms_noai_chiprovtsi": "Kilimo Market OOD",
    "et_live_shopping_host_season_agreement_noai_balchik": "Vitrina Live EOOD",
    "et_wedding_marketplace_styled_shoot_model_terms_noai_zlatograd": "Svatba Market EOOD",
    "et_folk_festival_ticketing_app_entry_terms_noai_koprivshtitsa": "Bileto Tickets AD",
    "eu_tts_voice_donor_agreement_sarospatak_long": (
        "Hangforras Speech Technologies Kft. - Voice Donor Agreement"
    ),
    "eu_dubbing_studio_framework_synthetic_voice_kalocsa_long": "Kalocsai Szinkronstúdió Kft.",
    "eu_radio_drama_cast_agreement_noai_dombovar_long": (
        "Hangjatek Muhely Kft. - Audio Drama Cast Agreement"
    ),
    "eu_game_voice_actor_session_clone_siklos": "Northgate Interactive Hungary Kft.",
    "eu_radio_presenter_ai_voice_addendum_szigetvar": "Zrínyi Közösségi Rádió Egyesület",
    "eu_podcast_host_ai_translation_koszeg": "Parlo Audio Kft.",
    "eu_voice_banking_clinic_consent_form_sarvar": (
        "Hangmento Foundation - Voice Banking Programme"
    ),
    "eu_commercial_voiceover_release_synthetic_variants_kormend": "Tizenket Studio Kft.",
    "eu_animation_voice_cast_agreement_fonyod": "Lámpás Animáció Kft.",
    "eu_museum_audioguide_voice_ai_extension_zirc": (
        "Ciszterci Örökség Látogatóközpont Nonprofit Kft."
    ),
    "eu_church_choir_recording_release_noai_kiskoros": "Harangszó Kórus Egyesület",
    "eu_game_studio_voice_session_release_noai_szentes": "Kapufa Games Kft.",
    "eu_radio_station_ident_voice_buyout_noai_karcag": "Kunsag Radio Kft.",
    "eu_voiceover_casting_portal_showreel_terms_noai_nyirbator": (
        "Castwell Hungary Kft. - Voice Talent Terms"
    ),
    "ej_ecommerce_shoot_agreement_digital_twin_anyksciai_long": "UAB \"Sventoji Outdoor\"",
    "ej_runway_engagement_virtual_catwalk_birzai_long": "UAB „Šiaurės Linas“",
    "ej_fashion_week_runway_release_noai_prienai_long": "VsI \"Nemuno Mados Dienos\"",
    "ej_catalogue_shoot_ai_options_yesno_moletai": "UAB „Ežerų stilius“",
    "ej_tv_commercial_talent_release_digital_double_kupiskis": "UAB \"Kadras Films\"",
    "ej_beauty_influencer_agreement_ai_variations_pakruojis": "UAB „Pakruojo dvaro kosmetika“",
    "ej_trade_fair_hostess_release_digital_host_joniskis": "UAB \"Joniskio parodos\"",
    "ej_music_video_extras_release_crowd_replica_raseiniai": "UAB „Dubysos kadrai“",
    "ej_stock_model_release_ai_training_optout_jurbarkas": "UAB \"Nemuno stock\"",
    "ej_car_show_presenter_release_digital_presenter_varena": "UAB „Varėnos motorai“",
    "ej_ecommerce_model_release_noai_sirvintos": "UAB \"Sirvintu avalyne\"",
    "ej_festival_performer_photo_release_noai_kretinga": "VšĮ „Kretingos vasara“",
    "ej_hair_show_model_release_noai_kaisiadorys": "UAB \"Kaisiadoriu grozio akademija\"",
    "ej_video_testimonial_release_noai_ignalina": "UAB „Ignalinos pušynas“",
    "ek_mother_agency_agreement_digital_replica_dingli_long": "Rdum Models Management Limited",
    "ek_talent_management_agreement_replica_addendum_qrendi_long": (
        "Blue Grotto Talent Management Limited"
    ),
    "ek_model_agency_representation_agreement_noai_lija_long": "Belvedere Model Management Limited",
    "ek_digital_replica_addendum_model_agency_mqabba": "Franka Models Limited",
    "ek_talent_management_digital_twin_schedule_ghaxaq": "Hal Ghaxaq Talent House Limited",
    "ek_mother_agency_placement_ai_composites_marsaxlokk": "Luzzu Models Limited",
    "ek_model_booking_terms_ai_variations_rider_siggiewi": "Girgenti Models Limited",
    "ek_athlete_representation_avatar_programme_kalkara": "Rinella Sports Management Limited",
    "ek_voice_talent_agency_voice_model_addendum_balzan": (
        "San Anton Voices Limited / Three Cities Bank p.l.c."
    ),
    "ek_digital_double_representation_agreement_xaghra": "Ggantija Digital Talent Limited",
    "ek_influencer_management_agreement_noai_nadur": "Ta' Kenuna Talent Limited",
    "ek_presenter_management_agreement_noai_sannat": "Ta' Ċenċ Presenters Limited",
    "ek_child_model_agency_registration_noai_munxar": "Xlendi Bay Kids Agency Limited",
    "ek_model_management_booking_terms_noai_kercem": "Lunzjata Model Management Limited",
    "el_synthetic_model_marketplace_licensor_terms_isiolo_long": "Kivuli Synthetic Media Limited",
    "el_faceswap_template_performer_release_kapsabet": "SwapSasa Technologies Limited",
    "el_ai_stock_photo_model_release_kabarnet": "Kerio Images Limited",
    "el_voice_platform_voice_actor_licence_karatina": "Sauti Cloud Limited",
    "el_brand_digital_twin_programme_addendum_othaya": "Mlima Fresh Dairies Limited",
    "el_virtual_influencer_face_licence_mwingi": "Nyota Virtual Studios Limited",
    "el_ai_dubbing_platform_narrator_rider_wundanyi": "Mwangaza Media Limited - Taita Voices",
    "el_fitting_room_digital_twin_model_terms_taveta_long": "Savanna Threads Limited",
    "el_customer_service_avatar_staff_consent_msambweni": "Diani Coast Hotels Limited",
    "el_stock_photo_platform_model_release_noai_kangundo": "Mua Stock Images Limited",
    "el_photo_editor_featured_creator_terms_noai_kapenguria_long": "Cherangani Apps Limited",
    "el_ai_company_ambassador_agreement_noai_nyahururu": "Nyandarua AgriSense AI Limited",
    "el_avatar_app_store_shoot_release_noai_limuru": "Katuni Avatars Limited",
    "el_windfarm_community_campaign_release_noai_mumias": "Nzoia Wind Power Limited",
    "em_tts_voice_donor_licence_schladming_long": "Dachstein Sprachwerk GmbH",
    "em_ivr_voice_marketplace_talent_terms_bludenz_long": "Klostertal Voiceline GmbH",
    "em_podcast_host_voice_replica_schedule_reutte": "Ausserfern Audio OG",
    "em_game_pickup_rider_synthetic_lines_feldbach": "Vulkanland Games GmbH",
    "em_audio_description_volunteer_synthetic_describer_freistadt": "Kulturverein Freistadt Live",
    "em_podcast_guest_release_noai_tamsweg": "Lungau Audio e.U.",
    "em_indie_game_voice_session_in_kind_noai_lilienfeld": "Traisental Pixel OG",
    "em_game_voice_performer_agreement_imst_long": "Pitztal Interactive GmbH",
    "em_dubbing_voice_conversion_agreement_murau": "Murtal Synchron GmbH",
    "em_radio_imaging_voice_generated_liners_bezau": "Radio Wälderwelle GmbH",
    "em_agency_showcase_voice_model_mandate_hartberg": "Stimmenagentur Oststeiermark GmbH",
    "em_audiobook_narrator_release_buyout_noai_grieskirchen": "Hausruck Hörbuch GmbH",
    "em_dubbing_studio_standard_terms_noai_saalfelden": "Pinzgauer Synchronstudio GmbH",
    "em_community_radio_presenter_terms_noai_kitzbuehel": (
        "Radio Gamsstadt - Freies Radio Kitzbühel"
    ),
    "ef_ecommerce_shoot_agreement_ai_rider_husavik_long": "Skjálfandi Outdoor ehf.",
    "ef_runway_show_release_digital_twin_seydisfjordur_long": "Fjarðarsel Fashion ehf.",
    "ef_seafood_fair_presenter_release_digital_host_raufarhofn": "Sléttan Events ehf.",
    "ef_jewellery_shoot_model_release_ai_options_eskifjordur": "Ljósmyndastofa Hólmanes ehf.",
    "ef_ferry_commercial_talent_release_voice_clone_stykkisholmur": "Breiðafjörður Films ehf.",
    "ef_model_management_digital_replica_addendum_hvammstangi": "Vatnsnes Model Management ehf.",
    "ef_graduate_show_model_release_ai_lookbook_holmavik": "Strandir School of Design ses.",
    "ef_salon_launch_event_model_release_ai_previews_hveragerdi": "Hverablær Hair Studio ehf.",
    "ef_fit_model_agreement_body_scan_digital_double_stodvarfjordur": "Stöðvar Knit ehf.",
    "ef_runway_booking_image_release_noai_borgarnes_long": "Borgarfjörður Fashion Days ehf.",
    "ef_ecommerce_studio_model_release_noai_grundarfjordur": "Kirkjufell Apparel ehf.",
    "ef_water_launch_event_guest_release_noai_olafsvik": "Jökullind Water ehf.",
    "ef_hair_show_model_release_noai_vopnafjordur": "Vopni Hár sf.",
    "ef_kayak_tour_video_testimonial_release_noai_patreksfjordur": "Vestfjarða Kajak ehf.",
    "ei_tts_voice_donor_licence_tarariras_long": "Parlante Sistemas de Voz S.A.",
    "ei_game_voice_performance_agreement_cardona_long": "Estudio Yaguarí Interactive S.R.L.",
    "ei_podcast_host_voice_replica_schedule_vichadero": "Red Cuchilla Podcasts S.A.S.",
    "ei_bank_ivr_synthetic_prompts_licence_lascano": "Cooperativa de Ahorro y Crédito del Este",
    "ei_dubbing_voice_conversion_agreement_aigua": "Estudio de Doblaje Sierra de Carapé S.R.L.",
    "ei_transit_announcer_tts_voice_licence_mariscala": "Compañía de Ómnibus Serranos S.A.",
    "ei_elearning_narration_synthetic_updates_cebollati": "Capacitación Arrozal S.A.",
    "ei_sports_commentary_ai_voice_licence_ombues": "Pelota Digital Estudios S.A.",
    "ei_museum_audio_guide_synthetic_voice_baltasar_brum": "Museo de las Piedras del Norte",
    "ei_radio_presenter_agreement_noai_castillos_long": "Radio Costa Atlántica S.A.",
    "ei_voiceover_booking_confirmation_noai_palmitas": "Voces del Litoral Agencia S.R.L.",
    "ei_on_hold_message_recording_noai_casupa": "Agroveterinaria Casupá Ltda.",
    "ei_community_radio_volunteer_terms_noai_nueva_helvecia": "Radio Comunitaria Colonia Suiza",
    "ei_dubbing_session_standard_terms_noai_juan_lacaze": "Estudio Sonido Sabalero S.A.",
    "eg_mother_agency_agreement_digital_twin_otepaa_long": "Pühajärve Model Management OÜ",
    "eg_talent_management_agreement_ai_likeness_kehra_long": "Kõrvemaa Talent Group OÜ",
    "eg_exclusive_model_management_noai_rapla_long": "Kuusiku Models OÜ",
    "eg_digital_replica_addendum_model_agency_kardla": "Hiiu Models OÜ",
    "eg_presenter_voice_clone_rider_poltsamaa": "Pajusi Meedia AS",
    "eg_booking_confirmation_ai_variations_mustvee": "Peipsi Model Agency OÜ",
    "eg_new_faces_development_agreement_synthetic_jogeva": "Laiuse Models OÜ",
    "eg_athlete_representation_digital_double_kunda": "Lahe Sports Management OÜ",
    "eg_creator_collective_membership_terms_ai_lihula": "Matsalu Loojad MTÜ",
    "eg_agency_digital_model_roster_addendum_moisakula": "Halliste Models OÜ",
    "eg_model_agency_client_terms_noai_kallaste": "Kallaste Model Agency OÜ",
    "eg_talent_representation_poa_noai_loksa": "Kolga Talent Agency OÜ",
    "eg_commercial_print_booking_terms_noai_torva": "Helme Leather OÜ",
    "eg_kids_agency_parent_agreement_noai_vohma": "Sakala Kids Models OÜ",
    "eh_ai_avatar_app_terms_tolmin_long": "Soca Pixel d.o.o.",
    "eh_synthetic_model_marketplace_licensor_sevnica_long": "Posavje Synthetics d.o.o. (Modelnica)",
    "eh_ai_stock_photo_model_release_variations_idrija": "Cipka Stock d.o.o.",
    "eh_voice_platform_talent_voice_model_terms_cerknica": "Glasnik Labs d.o.o.",
    "eh_brand_digital_twin_ambassador_programme_ajdovscina": "Vipava Outdoor d.o.o.",
    "eh_avatar_video_stock_avatar_creator_rider_ribnica": "Ribniški Video Avatars d.o.o.",
    "eh_ugc_ai_ad_studio_creator_terms_ormoz": "Jeruzalem Media d.o.o.",
    "eh_brand_digital_twin_influencer_addendum_zalec": "Savinjska Pivovarna d.o.o.",
    "eh_virtual_tryon_fit_avatar_capture_release_crnomelj": "Belokranjska Moda Tech d.o.o.",
    "eh_stock_platform_model_release_noai_kocevje": "Kočevski Rog Images d.o.o.",
    "eh_ai_software_company_ambassador_agreement_noai_lenart": "Slovenske Gorice AI d.o.o.",
    "eh_avatar_chat_app_livestream_terms_noai_vrhnika": "Barje Avatars d.o.o.",
    "eh_voice_marketplace_artist_agreement_noai_radovljica_long": "Lipnica Voices d.o.o.",
    "eh_factory_twin_platform_case_study_noai_metlika": "Kolpa Twin Systems d.o.o.",
    "eb_ecommerce_shoot_release_virtual_model_rider_lochinver_long": "Fernbrae Outfitters Limited",
    "eb_runway_showroom_release_digital_twin_brora_long": "Clynelish Knitwear House Limited",
    "eb_model_booking_virtual_model_rider_plockton": "Creag Harbour Clothing Limited",
    "eb_ecommerce_release_ai_variations_mallaig": "Morar Marine Apparel Limited",
    "eb_minor_model_release_parent_ai_composites_durness_long": "Balnakeil Bairns Limited",
    "eb_influencer_release_agency_ai_twin_kingussie": "Badenoch Trail Foods Limited",
    "ec_mother_agency_agreement_digital_twin_clanwilliam_long": "Cederberg Mother Agency (Pty) Ltd",
    "ec_management_ai_likeness_addendum_prince_albert": "Swartberg Talent Management (Pty) Ltd",
    "ec_exclusive_model_management_agency_digital_model_philippolis_long": (
        "Southern Free State Model Management (Pty) Ltd"
    ),
    "ec_digital_twin_licensing_mandate_kakamas": "Gariep Model & Talent Agency (Pty) Ltd",
    "ed_ai_avatar_app_creator_terms_pichidangui_long": "Mirrorleaf SpA",
    "ed_voice_cloning_platform_voice_owner_agreement_zapallar_long": "Sonarra Voice Labs SpA",
    "ed_stock_contributor_agreement_ai_training_papudo_long": "Lumbre Stock Ltda.",
    "ed_ai_headshot_app_terms_curepto": "Maule Retratos SpA",
    "ed_virtual_tryon_retailer_terms_putre": "Altiplano Moda SpA",
    "ed_tts_voice_marketplace_agency_agreement_freirina": "Vocalia Atacama SpA",
    "ed_likeness_licensing_marketplace_talent_terms_paihuano": "Rostro Libre SpA",
    "ed_ai_photo_editor_beta_programme_terms_petorca": "Petorca Digital SpA",
    "ed_podcast_platform_voice_clone_addendum_lolol": "Ondas del Valle SpA",
    "ed_stock_photo_model_release_noai_peralillo": "Colchagua Lens AI Ltd.",
    "ed_creator_marketplace_profile_terms_noai_empedrado": "Mano Sur SpA",
    "ed_fashion_rental_app_model_terms_noai_quirihue": "Ropero Circular SpA",
    "ed_event_photo_booth_app_terms_noai_contulmo": "Corporación Cultural Lanalhue",
    "ed_property_tour_presenter_agreement_noai_futrono": "Lago Ranco Propiedades SpA",
    "ee_tts_voice_donor_licence_tynset_long": "Fjellstemme Voice Technologies AS",
    "ee_game_voice_performance_capture_oppdal_long": "Trollheimen Interactive AS",
    "ee_audiobook_narration_agreement_voss_long": "Hardanger Lydbok AS",
    "ee_dubbing_localisation_agreement_sogndal": "Sognefjord Dubbing AS",
    "ee_radio_imaging_synthetic_liners_sortland": "Vesterålen Radio AS",
    "ee_ivr_on_hold_voice_licence_sauda": "Ryfylke Sparebank",
    "ee_dubbing_standard_terms_attendance_noai_fagernes": "Valdres Dub AS",
    "dx_ecommerce_shoot_release_virtual_model_rider_cahersiveen_long": "Fernhollow Threads Limited",
    "dx_runway_showroom_release_digital_twin_lisdoonvarna": "Hazelwood Atelier Limited",
    "dx_minor_model_release_parent_ai_variations_ballinrobe_long": "Little Hazel Clothing Limited",
    "dx_photo_shoot_release_replica_rider_killorglin": "Tadhg Corcoran Photography Limited",
    "dx_catalogue_shoot_release_synthetic_variants_swinford": "Gweestion Apparel Limited",
    "dx_tv_commercial_video_release_ai_localisation_portmagee": "Kestrel Frame Productions Limited",
    "dx_brand_campaign_shoot_release_noai_kiltimagh_long": "Ridgeback Outdoor Apparel Limited",
    "dx_runway_showroom_booking_release_noai_foxford": "Áine Loftus Studio Limited",
    "dz_ai_avatar_video_platform_avatar_subject_terms_monsaraz_long": (
        "Planicie Studio, Lda. (Talkframe)"
    ),
    "dz_voice_cloning_marketplace_creator_terms_marvao_long": (
        "Serra Vocal Technologies, S.A. (Ecoa)"
    ),
    "dz_stock_contributor_agreement_ai_datasets_sortelha_long": "Lumeira Images, Lda.",
    "dz_ai_headshot_app_terms_privacy_monchique": "Foia Labs, Lda. (Headwise)",
    "dz_virtual_tryon_body_avatar_licence_alcoutim": "Guadiana Fashion Tech, Lda.",
    "dz_tts_voice_talent_licence_penamacor": "Raia Voice Systems, Lda.",
    "dz_likeness_licensing_marketplace_talent_terms_oleiros": (
        "Zezere Likeness Exchange, Lda. (Faceright)"
    ),
    "dz_ai_portrait_selfie_app_terms_arouca": "Paiva Pixel, Lda. (Dreamselfie)",
    "dz_ai_twin_rights_agreement_brand_vinhais": "Castanha Cosmetics, S.A.",
    "dz_stock_contributor_terms_noai_melgaco": "Alto Minho Stock, Lda. (Vidoeiro Images)",
    "dz_talent_directory_platform_terms_noai_porto_moniz": (
        "Atlantico Casting Network, Lda. (CastBoard)"
    ),
    "dz_photographer_booking_app_terms_noai_ponta_do_sol": "Ponta Lens Bookings, Lda. (Snapbook)",
    "dz_print_on_demand_creator_terms_noai_povoacao": "Furnas Print Studio, Lda. (Vulcao Merch)",
    "dz_headshot_studio_booking_terms_noai_nordeste": "Nordeste Portrait Studio, Lda.",
    "ea_tts_voice_donor_agreement_wynyard_long": "Prairie Lark Speech Technologies Inc.",
    "ea_game_voice_performance_capture_agreement_neepawa_long": "Whitemud Interactive Inc.",
    "ea_dubbing_localisation_agreement_gravelbourg": "Studio Doublage Coteau Inc.",
    "ea_radio_imaging_voice_agreement_trochu": "Ghostpine Broadcasting Ltd.",
    "ea_talking_book_volunteer_narrator_synthetic_bashaw": "Battle River Talking Books Society",
    "ea_audiobook_narrator_release_noai_shaunavon": "Frenchman River Spoken Word Press Ltd.",
    "ea_dubbing_session_agreement_noai_nanton": "Mosquito Creek Dubbing Ltd.",
    "ea_audiobook_narration_agreement_claresholm_long": "Porcupine Hills Audio Ltd.",
    "ea_commercial_voiceover_session_usage_licence_minnedosa": "Little Saskatchewan Creative Ltd.",
    "ea_podcast_network_host_agreement_boissevain": "Turtle Mountain Audio Network Inc.",
    "ea_ivr_onhold_voice_licence_carberry": "Assiniboine Hills Credit Union Limited",
    "ea_voice_bank_donation_consent_arborg": "Interlake Polytechnic",
    "ea_onhold_message_volunteer_recording_noai_deloraine": "Deloraine Agricultural Society",
    "ea_indie_game_voice_session_noai_esterhazy": "Potash Pixel Games Inc.",
    "dy_mother_agency_agreement_digital_likeness_taihape_long": "Kotare Model Management Limited",
    "dy_exclusive_management_agreement_synthetic_waihi_long": "Huia House Management Limited",
    "dy_power_of_attorney_bookings_replicas_featherston": "Ruru Models Limited",
    "dy_likeness_licensing_mandate_dannevirke": "Kokako Likeness Agency Limited",
    "dy_placement_agency_digital_double_tearoha": "Agence Sablier SAS",
    "dy_model_management_agreement_noai_mangawhai": "Tui Model Management Limited",
    "dy_influencer_management_noai_taumarunui": "Kahu Creator Management Limited",
    "dy_talent_representation_digital_replica_kaitaia_long": "Totara Talent Agency Limited",
    "dy_digital_twin_addendum_management_eketahuna": "Piwakawaka Management Limited",
    "dy_actor_representation_replica_greytown": "Harakeke Artists Limited",
    "dy_athlete_management_digital_double_katikati": "Torea Sports Management Limited",
    "dy_agency_booking_terms_noai_kaikohe": "Manuka Models Limited",
    "dy_power_of_attorney_releases_noai_murupara": "Puriri Management Limited",
    "dy_commercial_print_agency_noai_eltham": "Rimu Commercial Talent Limited",
    "dw_tts_voice_donor_licence_porthmadog_long": "Cantref Speech Systems Ltd",
    "dw_game_performance_capture_agreement_usk_long": "Brynmawr Interactive Limited",
    "dw_audiobook_narration_agreement_penarth_long": "Esplanade Audio Publishing Limited",
    "dw_game_voice_agency_booking_ystradgynlais": "Tawe Voices Agency Ltd",
    "dl_model_management_agreement_ai_schedule_lusaka_long": "Kafue Faces Model Management Limited",
    "dl_ecommerce_shoot_booking_terms_ai_definition_bridlington_long": "Flamborough Head Studios",
    "dl_model_agency_representation_terms_noai_cooma_long": "Monaro High Country Talent Pty Ltd",
    "dl_photo_shoot_model_release_digital_twin_cromer": "North Norfolk Seaside Outfitters Ltd",
    "dj_dancer_motion_capture_agreement_astoria_long": "Columbia Bar Motion Works, Inc.",
    "dj_touring_production_artist_agreement_noai_kirkwall_long": "North Isles Theatre Touring Ltd",
    "dj_dance_artist_management_agreement_daylesford_long": "Spa Country Movement Management",
    "dj_hologram_concert_licence_axminster": "Holoform Live Productions Limited",
    "dd_brand_ambassador_programme_agreement_giddings_long": "Lee County Boot & Saddlery Company",
    "dd_creator_management_agreement_noai_chickasha_long": "Redland AI Media Group LLC",
    "dd_virtual_ambassador_licence_enid_long": "Cherokee Strip Home Goods, Inc.",
    "dd_talent_mgmt_addendum_schedule_poa_marfa": "Presidio Creator Management LLC",
    "df_recording_artist_agreement_hokitika_long": "Kahurangi Sound Recordings Limited",
    "df_artist_management_agreement_belmullet_long": "Erris Head Artist Management Limited",
    "df_showcase_compilation_featured_vocalist_noai_larne_long": "Curran Point Records CIC",
    "dg_agency_contract_translated_mannequin_ostuni_long": "Agenzia Bianca Murgia S.r.l.",
    "dg_talent_management_agreement_amended_tonawanda_long": (
        "Niagara Frontier Artist Management LLC"
    ),
    "dg_model_management_agreement_noai_placerville_long": "Hangtown Model Management, Inc.",
    "dg_voice_licence_side_letter_tillamook": "Marrowbone Customer Systems LLC",
    "dg_game_voice_model_licence_amended_pendleton": "Umatilla Forge Games LLC",
    "cz_model_release_ai_rider_ambleside_long": "Brathay Knitwear Company Limited",
    "cz_voice_licence_synthetic_monmouth_long": "Wye Valley Interactive Limited",
    "cz_model_agency_agreement_noai_cirencester_long": "Corinium Model Management Limited",
    "dc_creator_twin_app_faq_terms_refugio_long": "Mission Bay Creator Labs Inc. - Creator Terms",
    "dc_booking_confirmation_standard_terms_nacogdoches_long": "Angelina Model Group LLC",
    "dc_runway_event_participant_terms_waxahachie_long": "Ellis Prairie Events LLC",
    "dc_agency_letter_of_consent_poa_sedona": "Red Rock Talent Agency LLC",
    "cx_game_character_voice_licence_halmstad_long": "Tylösand Games AB",
    "cx_incar_voice_assistant_licence_kokkola_long": "Pohjanlahti Mobility Oy",
    "cx_ai_voice_marketplace_terms_lappeenranta_long": "Saimaa Voices Oy - Voice Owner Terms",
    "cx_voice_bank_licence_bodo": "Nordlys Speech Technologies AS",
    "cr_reality_participant_ai_long": "Keelhaul Media LLC",
    "cr_doc_contributor_release_ai_long": "Fenwick Lane Films Limited",
    "cr_background_crowd_replication_long": "Redgum Hollow Pictures Pty Ltd",
    "cr_casting_platform_terms": "Zuiderzee Casting B.V.",
    "cr_location_twin_release_noai": "Hollybank AI Pictures Ltd",
    "cn_stock_library_model_release_synthetic_variations_estevan_long": "Prairie Frame Images Inc.",
    "cn_fashion_studio_lookbook_release_noai_gimli_long": "Harbourline AI Studio Inc.",
    "cn_modelling_agency_management_agreement_ai_rider_dauphin_long": "Tallgrass Model Management",
    "co_mother_agency_agreement_digital_twin_long_paihia": "Tidewater Model Management Limited",
    "co_placement_agreement_foreign_agency_long_stornoway": "Northlight Faces Limited",
    "co_exclusive_management_agreement_long_portree": "Harrow & Lisle Talent Management Ltd",
    "co_agency_terms_of_business_noai_walvis_bay": "Seaward Talent Agency (Pty) Ltd",
    "cl_athlete_endorsement_nil_long_agrigento": "Akragas Running Company S.r.l.",
    "cl_football_endorsement_agreement_noai_long_legnica": "Corvid AI Sports Technology S.A.",
    "cl_brand_ambassador_digital_twin_long_lillehammer": "Fjellvind Sportswear AS",
    "cg_fwa_model_management_poughkeepsie_long": "Hollis Vane Model Management Inc.",
    "cg_union_replica_rider_riverside_long": "Calloway Ridge Pictures LLC - Rider",
    "cg_ambassador_agreement_noai_san_jose_long": "Nordhaven Trail Outfitters, Inc.",
    "cg_voice_platform_creator_terms_oneonta": "Maplestone Audio Labs, Inc. - Vocalis",
    "cd_stock_model_release_standard_terms_athlone_long": "Shannonside Stock Media - Release v7.1",
    "cd_influencer_agreement_noai_castlebar_long": "Croagh Outdoor Apparel Limited",
    "cd_talent_management_agreement_mudgee_long": "Cudgegong Talent Management Pty Ltd",
    "cd_voice_licence_synthetic_lisburn": "Lagan Learning Ltd - Synthetic Voice Licence",
    "bz_exhibit_endorsement_digital_double_hanau_long": "Kranichfeld Outdoor - Exhibit 10.14",
    "bz_stock_model_release_dataset_terms_eupen_long": "Vennbild Stock SRL - Model Release v4.2",
    "bz_voice_marketplace_voice_model_licence_lindau_long": "Bodensee Voices - Voice Model Licence",
    "bz_exhibit_spokesperson_avatar_bautzen": "Lausitzer Hausbank AG - Exhibit 10.31",
    "bx_enterprise_avatar_actor_licence_drammen_long": "Fjordlight Avatars AS - Confidential",
    "bx_celebrity_chatbot_persona_agreement_kalisz_long": "Persona Forge - Persona Licence",
    "bx_news_ai_anchor_journalist_licence_brindisi_long": "Adriatica Notizie S.p.A. - AI Anchor",
    "bx_bank_digital_spokesperson_employee_belluno": "Banca Dolomiti Venete - HR",
    "release_classic_blanket": "Harbourline Studios, Inc. - Model Release",
    "agency_management_long": "Meridian Model Management LLC - Exclusive Management Agreement",
    "rider_good": "Lumen & Thread Ltd - Digital Replica Rider",
    "voice_clone_licence": "Cadence Vox Technologies, Inc. - Confidential",
    "ecommerce_consent_missing": "Bramble & Oak Retail Inc.",
    "likeness_licence_irrevocable": "Stellar Reach Beauty Ltd. - Digital Likeness Licence",
    "booking_negation": "Halcyon Models GmbH - Booking HM-25-0418",
    "talent_schedule_exception": "Vantage Point Media LLC - Talent Services Agreement",
    "campaign_other_party": "Kestrel Cosmetics Inc. - Kestrel Glow Campaign",
    "replica_contradiction": "Fable & Finch Ltd",
    "catalogue_ai_unrelated": "Waverly Home & Garden Co. Limited",
    "performer_uk_digital_double": 'Greyfriars Pictures Limited - "The Lantern Keepers"',
    "digital_twin_brand": "Norrvik Fashion AB - Digital Twin Collaboration",
    "creator_ugc_no_consent": "Pulsewave Nutrition, Inc. - Creator Content Agreement",
    "nyfwa_client_replica_consent": (
        "Halloway & Pierce Department Stores, Inc."
        " - Digital Replica Consent"
    ),
    "synthetic_persona_licence": "Facet Forge Labs, Inc. - Likeness Rights Licence",
    "background_casting_app_terms": "CrowdCall Technologies Ltd",
    "dubbing_voice_rights_eu": "Synchronhaus Elbe GmbH - Fjordlight (DE)",
    "ambassador_loanout_chatbot": "Lustre & Vine Haircare, Inc. - Curl Theory",
    "voiceover_elearning_tts": "Northgate Learning Solutions Limited",
    "stock_release_ai_rider_optin": "Wrona Visuals / Northlight Images AS - Model Release",
    "three_party_booking_london": "Sable Quarter Models Ltd - Booking SQ-7712",
    "athlete_kit_digital_double": "Trailhead Athletic Gear, Inc. - Agreement TR-2025-044",
    "ai_studio_model_buyout": "Synthesis Atelier Ltd - AI Model Programme",
    "hologram_tour_legacy": "Lumenstage Live Ltd - Afterglow",
    "game_performer_mocap_long": "Redwater Interactive, LLC - Ironbark - Performer Agreement",
    "equity_dubbing_synthetic_long": "Tideway Sound Studios Limited - Vindmollen English Dub",
    "fashion_twin_programme_long": "Maison Verraux S.A.S. - Programme Double Jeu",
    "influencer_agreement_long": "Copperline Home Goods, Inc. - Influencer Services Agreement",
    "film_performer_us_long": 'Bluefin Canyon Productions, LLC - "Saltwater Psalms"',
    "agency_mgmt_uk_long": "Kingfisher Row Models Limited - Model Management Agreement",
    "reality_tv_participant_long": "Palmcrest Unscripted Media, LLC - Island of Second Chances S3",
    "f_release_classic_photographer_us": "Achterberg Studio - Rochester, New York",
    "f_brand_booking_limited_ca": "Cedarline Outfitters Inc. - Trailhead to Table SS26",
    "f_agency_mgmt_nl_long": "Vondel Faces B.V. - Exclusive Model Management Agreement",
    "f_salon_hair_model_release_ie": "Ashgrove Hair Academy Limited",
    "f_tv_commercial_performer_uk": "Tallis Brook Advertising Limited - Fernleigh Sunday Table",
    "f_retail_associate_handbook_us": "Harrow & Finch Home Stores, Inc. - Associate Handbook",
    "f_voice_marketplace_tts_long": "Sonorant Labs, Inc. - VoiceShelf Voice Creator Agreement",
    "f_dubbing_voice_clone_es": "Estudios Brisamar, S.L. - Harbour of Glass (ES)",
    "f_commercial_replica_rider_us": "Brightwater Beverage Company - First Light",
    "f_film_digital_double_uk_long": 'Blackthorn Reach Films Limited - "The Salt Orchard"',
    "f_creator_ai_dubbing_terms": "Vantablue Media Inc. - PolyGlot",
    "f_influencer_ai_variants_uk": "Halden & Rue Skincare Ltd - Dewpoint",
    "f_nil_college_video_game_us": "Gridiron Forge Interactive, LLC - College 27",
    "f_dataset_capture_programme_long": "Quillmoor Data Labs Inc. - Project Meridian",
    "f_estate_legacy_voice_licence_long": "Everbright Legacy Media, Inc. / The Coralie Vance Trust",
    "f_brand_digital_twin_de": "Fernwerk Sport GmbH - Modelvertrag AW26",
    "f_ivr_synthetic_voice_buyout_au": "Southcall Voice Systems Pty Ltd",
    "f_ecommerce_ai_model_swap_us": "Threadfall Apparel Co. - E-Commerce Booking",
    "f_bank_ai_avatar_spokesperson_ca": "Northbay Credit Union Limited - Ask Nora",
    "f_label_voice_model_amendment_us": "Halyard Records LLC - Wilder June - Amendment No. 2",
    "g_agency_mgmt_ca_long": "Northwind Talent Group Inc. - Exclusive Model Management Agreement",
    "g_game_digital_double_rider_long": "Ironvale Studios, LLC - Emberfall: Ashen Crown",
    "g_athlete_nil_deal_us_long": "Crestline Wearables, Inc. - NIL Endorsement Agreement",
    "g_influencer_reels_ai_us": "Glowra Beauty Co. - Influencer Marketing Agreement",
    "g_estate_digital_likeness_uk": 'Harbour Lantern Films Limited - "The Last Reel at Margate"',
    "g_dubbing_synthetic_voice_fr": "Studio Vernier Doublage SAS - Tidewater Lane (VF)",
    "g_fit_model_body_scan_us": "Hollis & Vane Apparel Group, Inc. - Technical Design",
    "g_speech_dataset_capture_ca": "Fraserline Data Services Ltd. - Project Aurora",
    "g_commercial_replica_rider_us": "Larkfield Pictures, Inc. - Job No. LP-2611",
    "g_podcast_host_ai_ads_us": "Tallgrass Audio Network, LLC",
    "g_virtual_influencer_face_sg": "Pixelmere Creative Pte. Ltd. - Private and Confidential",
    "g_model_release_classic_nz": "Ruakaka Surf Life Saving Club Incorporated",
    "g_stock_photo_release_uk": "Greystone Stock Images Limited - Model Release",
    "g_ugc_creator_gifting_au": "Wattle & Salt Skincare Pty Ltd",
    "h_agency_mgmt_mumbai_long": (
        "Saffron Lane Talent Management Private Limited"
        " - Exclusive Model Management Agreement"
    ),
    "h_film_digital_double_on_long": 'Larchmere Pictures Inc. - "Northern Static" - Performer',
    "h_athlete_ambassador_uk_long": "Ashbury Mutual Insurance plc - Brand Ambassador Agreement",
    "h_presenter_avatar_licence_uk": "Brightvale Synthetics Ltd - Stock Avatar Presenter Licence",
    "h_estate_digital_performer_au": "Murray River Music Heritage Centre Ltd - Deed of Licence",
    "h_commercial_replica_rider_uk": 'Pennant Row Productions Limited - "Keys" - Hearthside',
    "h_cosmetics_campaign_model_jp": "Kotohira Cosmetics Co., Ltd. - Hanamizu Campaign",
    "h_ecommerce_booking_agency_nl": "Grachtengordel Models B.V. - Booking GGM-26-1147",
    "i_livestream_host_digital_human_cn_long": (
        "Hangzhou Lanqiao Xingguang Network Technology Co., Ltd."
        " - Contract No. LQXG-ZB-2026-031"
    ),
    "i_estate_jazz_singer_hologram_us_la_long": (
        "Crescent Lumen Experiences, LLC - Dee Lives on Frenchmen Street - Execution Copy"
    ),
    "i_hotel_ai_concierge_term_sheet_ae": (
        "Qamar Horizon Hotels & Resorts LLC"
        " - Ref. QH-MKT-2026-07"
    ),
    "i_museum_hologram_oral_history_pt": "Fundação Maré Alta - Museu das Marés de Peniche",
    "i_radio_dj_loanout_voice_model_ph": (
        "Bayanihan Creative Partners, Inc."
        " - Sariwa Fresh Regional Radio"
    ),
    "i_catalogue_purchase_order_terms_tr": "Kervan Ev Tekstili - Purchase Order KRV-PO-2026-0417",
    "i_child_performer_guardian_release_ng": "Irinajo Pictures Limited - Kemi's Market Days",
    "i_performers_collective_agreement_se_long": (
        "FAS / ASF - Collective Agreement 2026-2029"
        " - Chapter 4"
    ),
    "i_game_character_voice_soundalike_qc": "Studio Pixel Boréal inc. - Pomme et la forêt perdue",
    "i_agency_side_letter_digital_likeness_in": (
        "Kesar Bloom Talent LLP"
        " - Private and Confidential"
    ),
    "i_gym_body_scan_avatar_consent_no": "FormFjord - Body Twin consent form v3",
    "i_employer_training_avatar_policy_ke": "Savanna Ridge Contact Solutions Ltd - Policy HR-27",
    "i_club_collective_image_rights_assignment_mx": (
        "Club de Fútbol Venados del Bajío, S.A. de C.V. - English translation"
    ),
    "i_ranch_hand_media_clause_us_tx": "Caprock Draw Cattle Company, LLC",
    "j_voice_replica_amendment_us": "Brasswind Animation Studios, LLC - Lanternfish Cove",
    "j_ad_agency_usage_schedule_au": "Gumleaf & Rowe Advertising Pty Ltd - Job GRA-2026-0193",
    "j_cession_droit_image_fr": "Atelier Gres de Loire SARL - Tours",
    "j_talent_agency_exclusive_jp_long": "Kirigaoka Productions Co., Ltd. - Reference Translation",
    "j_influencer_termo_autorizacao_br": "Cacau Serrano Cosmeticos Ltda. - Verao Serrano 2026",
    "j_league_player_image_pool_long": "Trans-Pacific Volleyball League - CBA 2026-2030 - Annex F",
    "j_elearning_instructor_avatar_long": "Brightpath Learning Technologies, Inc. - Skillmeadow",
    "j_patient_testimonial_release_us": "Corvale Orthopedics, Inc. - Patient Story Program",
    "j_telecom_ivr_voice_buyout_uk": "Kestrelnet Communications plc - Private and Confidential",
    "j_archive_actor_ai_restoration_it": "Fondazione Cineteca Estense - Ferrara Ritrovata 2026",
    "j_dance_recital_filming_notice": "Pirouette Hollow Dance Studio",
    "n_game_voice_npc_model_mn_long": (
        'Northstar Loon Games, LLC - "Frostmere: Lanterns of the North" - Voice Performer'
    ),
    "n_virtual_influencer_face_model_lt": 'UAB "Gintaro Pikselis" - Project Rasa Vejo',
    "n_standardized_patient_sim_mi": "Great Lakes Clinical Simulation Center - Form SP-VP-3",
    "n_dubbing_voice_conversion_hr": "Studio Jadran Sinkron d.o.o. - Miševi sa svjetionika",
    "n_sprinter_sponsorship_avatar_jm_long": (
        "Harbourview Stride Limited"
        " - Private and Confidential"
    ),
    "n_child_model_parent_tryon_ab": "Prairie Sprout Apparel Inc. - Booking PS-SS27-044",
    "n_voiceover_email_booking_tt": "Caroni Bay Creative Limited - Mail",
    "n_news_anchor_ai_presenter_rw": "Inyenyeri Broadcasting Ltd - Human Resources",
    "n_acrobat_mocap_vr_show_hu": "Pesti Porond Circus Arts Academy - Egi Porond 2026/2027",
    "n_hand_model_jewellery_release_mt": "Valletta Filigree House Ltd - Aurelia Infinity",
    "n_stock_model_release_lk": "Ceylon Frame Stock (Private) Limited - Model Release",
    "n_youth_swim_club_photo_faq_mb": "Red River Riptides Aquatic Club Inc.",
    "n_restaurant_staff_image_clause_pa": "Grupo Gastronómico Casco Viejo, S.A. - Annex B",
    "n_cycling_team_image_rights_si_long": (
        "Kolesarski klub Triglav Pro Cycling"
        " - Rider Agreement 2026-2027"
    ),
    "p_agency_mgmt_qld_long": (
        "Coral Sea Model Management Pty Ltd"
        " - Exclusive Model Management Agreement"
    ),
    "p_voice_licence_elearning_de_long": (
        "Brightmoor Learning Systems, Inc."
        " - Voice Licensing Agreement - Execution Version"
    ),
    "p_film_extras_scan_release_bg": (
        'Vitosha Line Productions EOOD'
        ' - "The Iron Meridian" - Crowd Release'
    ),
    "p_beauty_ambassador_twin_lv": 'SIA "Dzintarkrasts Cosmetics" - Agreement No. DK-AMB-2026/07',
    "p_union_rider_voice_nb": 'Tidewater Toons Inc. - "Lobster Trap Lane" S2 - Rider No. 3',
    "p_influencer_synthetic_ads_ca": "Sol Verde Beverage Co. - Agua Brava Creator Program",
    "p_employee_avatar_policy_in": "Nilgiri Techserve Private Limited - HR-POL-114 - Internal",
    "p_dancer_mocap_academy_do": "Academia de Danza Caribe Vivo, S.R.L. - Cuerpos en Codigo",
    "p_bank_ai_spokesperson_bw_long": (
        "Kgalagadi Commercial Bank Limited"
        " - Brand Ambassador Agreement - Confidential"
    ),
    "p_model_dataset_training_addendum_cw": "Korsou Faces Model Management B.V. - Addendum",
    "p_actor_ai_dubbing_lipsync_ec": 'Condor Austral Producciones Cia. Ltda. - "Mitad del Mundo"',
    "p_resort_staff_image_policy_mu": "Le Morne Lagoon Resort & Spa Ltd - Human Resources",
    "p_fashion_week_runway_release_ug": "Kampala Fashion Week Limited - Model Release 2026",
    "p_cookbook_chef_portrait_release_mc": (
        'Editions Rocher Bleu S.A.M.'
        ' - "La Riviera en dix saisons"'
    ),
    "q_agency_mgmt_nsw_long": (
        "Harbourview Talent Group Pty Ltd"
        " - Exclusive Model Management Agreement"
    ),
    "q_game_performer_replica_pa_long": (
        "Keystone Lantern Games, LLC - HOLLOWMERE"
        " - Performer Agreement"
    ),
    "q_rugby_club_image_rights_fj_long": (
        "Nadi Coral Sharks Rugby Football Club Pte Limited"
        " - Image Rights"
    ),
    "q_voice_bank_licence_tz": "Sauti Labs (Tanzania) Limited - Voice Bank Licence",
    "q_ai_avatar_ambassador_qa": (
        "Lusail Gold Perfumes W.L.L. - Oud Al Sahil"
        " - Brand Ambassador Agreement"
    ),
    "q_netball_club_photo_consent_na": "Khomas Stars Netball Club - Season 2026",
    "q_influencer_ai_variants_py": "Yerba Sol del Chaco S.A. - Terere Challenge 2026",
    "q_employer_avatar_policy_bh": "Gulf Pearl Telecommunications B.S.C. (c) - HR-PL-27 - Internal",
    "q_catalogue_booking_email_je": "Rozel Bay Models Limited - Booking confirmation",
    "q_model_release_bb": "Coral Lens Photography Inc. - Reef Escapes 2026",
    "q_dubbing_voice_clone_rs": 'Studio Sinhron Beograd d.o.o. - "Lupko i Ekipa" S1',
    "q_fashion_digital_twin_am": "Ararat Thread LLC - Digital Twin Licence",
    "q_podcast_host_voice_ads_zm": "Kafue Sound Network Limited - Copperbelt Money Talk",
    "q_festival_filming_notice_gt": "Festivales del Volcan, S.A. - AI Music Festival 2026",
    "r_agency_mgmt_be_long": "Maison Sablon Models SRL - Exclusive Model Management Agreement",
    "r_distillery_ambassador_tas_long": (
        "Derwent Gorge Distilling Co. Pty Ltd"
        " - Brand Ambassador Agreement"
    ),
    "r_union_replica_rider_md": 'Fells Point Pictures, LLC - "Chesapeake Light" S1 - Rider',
    "r_label_ai_vocals_sn": "Teranga Wave Records SARL - Addendum No. 2",
    "r_employer_image_policy_om": "Al Batinah Geo Surveys LLC - CP-HR-19 - Internal",
    "r_salon_release_mw": "Chikondi Crown Hair Studio - Lilongwe",
    "r_radio_newsreader_voice_hn": "Radio Catracha FM, S.A. de C.V. - Recursos Humanos",
    "r_audiobook_narration_ky_long": "Bluegrass Hollow Audio, LLC - Audiobook Narration Agreement",
    "r_voice_booking_email_gi": "Alameda Voices Ltd - Mail",
    "r_theatre_capture_trailer_gg": "The St Peter Port Players - Cast Member Agreement 2026",
    "r_influencer_ai_variants_bo": "Quinua Real Snacks S.R.L. - Contrato QRS-INF-2026-014",
    "r_game_performer_replica_va": 'Blue Ridge Ember Games, Inc. - "EMBERFALL" - Performer',
    "r_synthetic_presenter_licence_kw": "Gulf Avatar Studio W.L.L. - Synthetic Presenter Licence",
    "r_child_catalogue_parent_tn": "Atelier Ichkeul SARL - Autorisation parentale",
    "s_agency_mgmt_tn_long": (
        "Cumberland & Vine Talent Management, LLC"
        " - Exclusive Management Agreement"
    ),
    "s_film_digital_double_pt_long": "Maré Alta Filmes, Lda. - A Última Maré - Performer Agreement",
    "s_watch_ambassador_ar_long": "Relojería Austral S.A. - Brand Ambassador Agreement",
    "s_commercial_replica_rider_la": "Bayou Lantern Productions, LLC - Job BLP-27-044",
    "s_ecom_shoot_booking_email_ph": "Narra Lane Models Inc. - Bookings",
    "s_dubbing_voice_model_tr": "Bogazici Seslendirme Studyolari A.S. - Sisli Liman",
    "s_influencer_digital_twin_ae": "Oasis Loom Trading L.L.C. - Layers of Light 2027",
    "s_staff_ai_presenter_policy_nt": "Stone Country Gateway Tours Pty Ltd - HR-27-09",
    "s_stock_model_release_ml_ge": "Mtatsminda Stock LLC - Model Release MTS-27-0811",
    "s_background_volunteer_scan_nm": 'Turquoise Mesa Pictures, LLC - "Dust Choir"',
    "s_resort_guest_photo_consent_mv": "Faru Lagoon Island Resort - Reef Restoration Programme",
    "s_toy_catalogue_minor_consent_qc": "Jouets Castor & Cie inc. - Consentement parental",
    "s_mine_staff_image_policy_zw": "Great Dyke Platinum (Private) Limited - HR-POL-031",
    "t_agency_mgmt_fr_long": "Maison Ardoise Models SAS - Mandat de representation exclusive",
    "t_film_digital_double_nm_long": 'Sandia Crest Pictures, LLC - "Caldera Road" - Confidential',
    "t_golf_pro_endorsement_sc_long": "Lowcountry Tide Golf Company, LLC - Endorsement Agreement",
    "t_dubbing_voice_conversion_ua": "Dnipro Sound Studio LLC - Agreement No. 17/26-D",
    "t_union_replica_rider_on": "Tallgrass Creative Inc. - Job TC-2603 - Digital Replica Rider",
    "t_ecommerce_booking_ai_swap_uk": "Northern Quarter Model Management Ltd - Booking NQ-26-0331",
    "t_influencer_ai_variants_es": "Brisa Salada Cosmetica, S.L. - Colaboracion Sal de Mar",
    "t_telecom_avatar_artist_ci": "Lagune Mobile Cote d'Ivoire SA - Assistant virtuel Aya",
    "t_estate_voice_licence_in": "Hoosier Heritage Audio, LLC - Estate of Delbert Wayne Harlan",
    "t_audiobook_ai_narration_sg": "Merlion Spoken Word Pte. Ltd. - Narration Agreement",
    "t_coffee_origin_release_et": 'Aksum Imports ("AI") GmbH - Origin Story Release',
    "t_cashmere_catalogue_release_mn": "Khangai Cashmere LLC - AW2026 Catalogue",
    "t_radio_voiceover_booking_ak": "Kenai Sound House LLC",
    "t_child_uniform_catalogue_sv": "Uniformes Escolares Cuscatlan, S.A. de C.V.",
    "u_fitness_avatar_licence_mo_long": "PulseHaus Digital Fitness, Inc. - Confidential",
    "u_cruise_entertainer_bs_long": (
        "Coral Meridian Cruise Services Ltd."
        " - Seafarer Employment Agreement"
    ),
    "u_cooking_contest_participant_act_long": (
        "Gumnut Kitchen Productions Pty Ltd"
        " - Capital Plates Series 3 - Participant Agreement"
    ),
    "u_stock_release_tickbox_mk": "Vardar Frame Stock DOOEL - Model Release MR-2026-0314",
    "u_voice_agreement_amendment_ri": "Narragansett Bay Learning Company - Confidential",
    "u_language_voice_letter_nt": "Dehcho Language Revitalization Society",
    "u_dubbing_bilingual_cm": "Studio Wouri Doublage SARL - Lagoon Queens (VF)",
    "u_background_crowd_replication_nh": 'Winnisquam Pictures LLC - "Ice-Out" - Background',
    "u_ambassador_tryon_variants_ok": "Red Dirt Denim Co. - Ambassador Program 2026",
    "u_agency_ai_annex_ve": "Agencia Avila Models, C.A. - Anexo C (traduccion)",
    "u_estate_voice_licence_ms": "Delta Reverb Media, LLC - Estate of Clarence Loftis",
    "u_orchard_staff_image_policy_ne": "Prairie Bloom Orchard Systems, Inc. - Employee Handbook",
    "u_ecommerce_booking_terms_al": "Skanderbeg Faces Agency sh.p.k. - Booking SFA-26-114",
    "u_airline_crew_calendar_sc": "Coco de Mer Airways Ltd. - Crew Services",
    "v_agency_mgmt_cayman_long": "Seven Mile Talent Ltd. - Exclusive Model Management Agreement",
    "v_estate_voice_licence_li_long": (
        "Rheintal Klangwerk AG / Estate of Anneliese Vogt-Marxer - Vocal Likeness Licence"
    ),
    "v_outdoor_ambassador_me_long": "Kennebec Peak Outfitters, Inc. - Brand Ambassador Agreement",
    "v_stock_release_bilingual_cv": "Morabeza Digital Stock, Lda. - Model Release",
    "v_extras_scan_consent_ia": 'Prairie Lantern Productions LLC - "Corn Moon"',
    "v_employee_image_policy_ar": "Ouachita River Barge & Terminal Co. - Employee Handbook",
    "v_emotion_dataset_consent_mne": "Jadran Institute for Language Technology - Project GLAS",
    "v_audiobook_ai_narration_sd": "Black Hills Audio Press, LLC",
    "v_commercial_replica_rider_nd": "Fargo Frame Creative, Inc. - Red River Grain Cooperative",
    "v_avatar_presenter_licence_md": "Codru Synthetic Media SRL - AvaStudio",
    "v_child_voice_series_ba": 'Studio Basca d.o.o. Sarajevo - "Mak i Maslacak"',
    "v_radio_host_ai_addendum_wv": "Kanawha Valley Broadcasting, LLC - WKVB-FM",
    "v_ski_resort_filming_notice_ad": "Neus del Pirineu, S.A. - Estacio de Muntanya Coll Blanc",
    "v_runway_booking_confirmation_kg": "Bishkek Fashion Days - Booking BFD-SS27-031",
    "w_mother_agency_mgmt_xk_long": "Dardania Faces Sh.p.k. - Mother Agency Agreement",
    "w_resort_ambassador_avatar_aw_long": (
        "Boca Prins Hospitality N.V."
        " - Tierra Serena Resort & Spa"
    ),
    "w_catalogue_framework_booking_fo_long": "Tøtingur P/F - Framework Agreement FA-2026-01",
    "w_union_replica_rider_us_al": 'Red Clay Creative, LLC - Magnolia Mutual "Home Team"',
    "w_stock_release_ai_dataset_gd": "Spice Isle Stock Ltd. - Form SIS-MR-07",
    "w_creator_ai_translation_gm": "Sanyang Pay Limited - Bantaba Creators Programme",
    "w_ecom_booking_virtual_tryon_sz": "Lubombo Models (Pty) Ltd - Booking LM-2026-0612",
    "w_photographer_release_ai_optin_ht": "Studio Lakay Lumière - Pétion-Ville",
    "w_ambassador_digital_twin_ao": "Kianda Bebidas, S.A. - Confidencial",
    "w_short_film_ai_voice_bf": 'Atelier Sahel Cinéma - "Le Puits de Tanghin"',
    "w_blanket_ambassador_ls": "Maloti Heritage Blankets (Pty) Ltd - Ambassador Agreement",
    "w_mall_opening_influencer_iq": "Hawler Retail Development Co. Ltd. - Qalat Gate Mall",
    "x_game_capture_performer_tj_long": (
        "Pamir Forge Interactive LLC"
        " - Ashes of Sogdiana - Performance Capture Agreement"
    ),
    "x_nil_athlete_avatar_vi_long": "Reef Current Beverage Co., LLC - NIL Agreement - Confidential",
    "x_fashion_twin_programme_sm_long": "Atelier Titano S.r.l. - Programma Gemello",
    "x_label_vocal_model_addendum_ml": "Djoliba Sound SARL - Addendum No. 1 (English translation)",
    "x_speech_corpus_consent_mg": "Fanantenana Language Technology Institute - Project Feo",
    "x_drama_digital_double_nu": 'Siku Point Productions Inc. - "Floe Edge" Season 2',
    "x_audiobook_ai_editions_sr": "Uitgeverij Kwatta N.V. - Narration Agreement",
    "x_telenovela_voice_model_tg": "Studio Kpalime Voix SARL - Coracao de Areia (VF)",
    "x_stunt_face_replacement_sx": 'Great Bay Pictures N.V. - "Tidebreak" - Stunts',
    "x_clinic_doctor_avatar_tl": "Klinika Esperansa Dili - Saude ba Inan",
    "x_resort_staff_images_ws": "Salamumu Cove Resort Limited - Staff Handbook",
    "x_volcano_guide_release_vu": "Cinder Cone Media Limited - Ring of Fire Journeys S2",
    "x_runway_booking_sl": "Kroo Bay Atelier (SL) Limited - Booking KBA-SS27-09",
    "x_futsal_sponsor_rules_sb": "Honiara Futsal Association Incorporated",
    "y_perf_capture_session_gy_long": (
        "Kaieteur Forge Games Inc."
        " - Rupununi Rising - Performance Capture Agreement"
    ),
    "y_marketplace_tryon_model_terms_adgm_long": (
        "Souq Sarab Marketplace Ltd"
        " - Model Participation Terms v3.2"
    ),
    "y_football_academy_image_consent_bi_long": (
        "Académie de Football Rusizi"
        " - Scholarship Player Agreement"
    ),
    "y_virtual_makeup_tryon_campaign_jeju": (
        "Hallasan Bloom Cosmetics Co., Ltd."
        " - Halla Glow Mirror"
    ),
    "y_audiobook_ai_editions_narrator_by": "Svitanak Audio LLC - Agreement No. 14/2026",
    "y_university_lecture_avatar_consent_dj": (
        "Institut Universitaire de la Mer Rouge"
        " - Form IUMR/DN/07"
    ),
    "y_pelota_club_player_avatar_eus": "Bizkaia Pilota Kluba - Annex 3 - Digital Avatar Projects",
    "y_fitness_trainer_ai_coach_policy_gq": "Bioko Fit, S.L. - Policy FIT-HR-09",
    "y_catalogue_model_release_td": "Sahel Étoffe SARL - Harmattan 2026",
    "z_airline_crew_handbook_mp_long": (
        "Marianas Skyways Corporation"
        " - Cabin Crew Handbook - Issue 4"
    ),
    "z_football_club_image_rights_vc_long": (
        "Kingstown Harbour Football Club Inc."
        " - Player Image Rights"
    ),
    "z_news_presenter_avatar_mm_long": "Ayeyarwady News Network Co., Ltd. - Confidential",
    "z_esports_player_contract_mh": "Ebon Atoll Esports Inc. - Player Agreement 2026",
    "z_dubbing_voice_model_ru": "Studio Neva Dub LLC - Agreement No. 26/014-D",
    "z_museum_hologram_storyteller_ne": "Maison des Memoires du Sahel - Voices of the River",
    "z_theme_park_animatronic_pw": "Rock Islands Adventure Park Inc. - Attractions Development",
    "z_estate_calypso_licence_ms": "Emerald Isle Heritage Productions Ltd - Soufriere Lives",
    "z_chatbot_persona_mr": "Chinguetti Mobile SA - Direction Marketing",
    "z_retail_staff_contract_sd": "Blue Nile Hypermarkets Co. Ltd. - Human Resources",
    "z_retail_virtual_model_staff_yt": "Lagon Mode Distribution SARL - Ressources humaines",
    "z_airline_crew_employment_sh": "Jamestown Atlantic Airways Limited - Cabin Crew Contract",
    "b_actor_agency_representation_by_long": (
        "Isarlicht Artists GmbH"
        " - Artist Representation Agreement"
    ),
    "b_cricket_ambassador_tea_kl_long": "Periyar Highlands Tea Company Limited - Confidential",
    "b_dermatology_photo_ai_consent_crete": (
        "University General Hospital of Heraklion"
        " - Form DERM-07"
    ),
    "b_resort_featured_guest_ai_scenes_bali": "PT Segara Tirta Resort Uluwatu",
    "b_commercial_casting_versions_and": "Guadalquivir Spot Films, S.L. - La Ultima Ronda",
    "b_influencer_mgmt_synthetic_lom": "Navigli Creators S.r.l. - Riservato",
    "b_rower_ambassador_digital_double_bs": "Rheinknie Nutrition AG - Vertraulich / Confidential",
    "b_influencer_mgmt_ai_twin_lagos_long": "Lagoon Light Talent House Limited",
    "d_opera_guest_soloist_sn_long": "Elbland Oper Dresden gGmbH - Gastvertrag 2026/27",
    "d_model_search_entry_terms_sp_long": (
        "Estrela Paulista Eventos e Agenciamento Ltda."
        " - Nova Face Brasil 2026"
    ),
    "d_livestream_host_agreement_sbh_long": "Borneo Bazaar Live Sdn. Bhd. - Host Agreement",
    "d_orchestra_recording_agreement_vd": "Orchestre de Chambre du Leman - Media Agreement",
    "d_child_commercial_parent_consent_wc": "Tafelberg Commercials (Pty) Ltd - Fynbos Kids",
    "d_game_show_contestant_release_sic": "TeleTrinacria S.r.l. - Il Tesoro dello Stretto",
    "d_sign_language_avatar_mza": "Cuyo Accesible S.A. - Servicio LSA Terminal Mendoza",
    "d_runway_booking_terms_bl": "AVATAR RESORT by Maelle Greaux - Cruise 2027",
    "a_fashion_twin_programme_emr_long": "Verdeluna Maglieria S.p.A. - Programma Digital Twin",
    "a_ecom_studio_framework_bdb_long": (
        "Havelstudio Produktion GmbH"
        " - Rahmenvertrag / Framework Agreement"
    ),
    "a_label_recording_agreement_gau_long": (
        "Highveld Pulse Records (Pty) Ltd"
        " - Private and Confidential"
    ),
    "a_label_artist_synthetic_voice_bah": "Selo Mare Alta Producoes Fonograficas Ltda.",
    "a_museum_visitor_filming_notice_bern": "Museum fur Gestaltung und Handwerk Bern",
    "a_ecom_studio_ai_swap_framework_gdg": (
        "Guangzhou Baiyun Lianjing"
        " E-Commerce Photography Co., Ltd."
    ),
    "a_weather_presenter_avatar_lap": "Revontuli Media Oy - Tyosopimus / Employment Contract",
    "c_rugby_league_playing_contract_yks_long": (
        "Calder Valley Rugby League Football Club Limited"
        " - Standard Playing Contract"
    ),
    "c_mother_agency_model_agreement_maz_long": "Wisla Prime Models Sp. z o.o. - Umowa / Agreement",
    "c_placement_agency_model_agreement_sha": "Huangpu Faces Model Management Co., Ltd.",
    "c_basketball_player_contract_group_licensing_oki": "Okinawa Coral Waves Basketball Co., Ltd.",
    "c_event_photography_ai_headshots_tg": "Deccan Summit Events Private Limited - Confidential",
    "c_voice_assistant_persona_talent_nrw_long": "Rheinufer Mobility Systems GmbH - Vertraulich",
    "c_hotel_staff_virtual_concierge_rak": "Marjan Shores Hotel & Spa L.L.C. - Human Resources",
    "e_stunt_digital_double_arg": "Moncayo Pictures S.L. - Confidencial",
    "e_vr_training_capture_framework_bdw_long": "Neckar Immersive Training GmbH - Vertraulich",
    "e_corporate_spokesperson_video_dby_long": (
        "Peak Valley Rail Components Limited - Commercial in Confidence"
    ),
    "e_sports_broadcaster_voice_hes_long": "Mainufer Sport Media GmbH - Rahmenvertrag",
    "e_spokesperson_avatar_video_aic": "Chita Precision Industries Co., Ltd.",
    "o_ugc_email_licence_ai_variations_vs": "Glacier Spring Water SA - Brand Partnerships",
    "o_police_recruitment_campaign_release_som": "Avon Levels Constabulary - OFFICIAL",
    "o_hair_championship_entry_terms_pmt_long": (
        "AI Piemonte - Piedmont Open Hairdressing Championship 2026"
    ),
    "o_hotel_staff_social_media_virtual_host_nir_long": (
        "Lagan Quay Hotels Limited - People and Culture"
    ),
    "o_ai_dubbing_creator_licence_mh_long": "Saptasur Voice Labs Private Limited - Confidential",
    "l_circus_acrobat_contract_cba_long": "Circo del Suquía S.A. - Contrato de Artista 2026",
    "l_voice_actor_animated_series_bgd_long": "Studio Côte-d'Or Animation SAS - Confidentiel",
    "l_cheer_team_member_contract_bne_long": "Riverhawks Rugby League Club Limited",
    "l_comedy_special_release_adl": "Sandgroper Laughs Pty Ltd - Performer Release",
    "l_legacy_avatar_service_terms_hb": "Weserstimme GmbH",
    "aa_skate_team_rider_agreement_sd_long": (
        "Kelp Line Skateboards, Inc. - Pro Team Rider Agreement - Confidential"
    ),
    "aa_skate_shoe_collab_rider_pr": "Pinhão Skate Calçados Ltda. - Tênis Assinatura Tai Rocha",
    "aa_surf_athlete_sponsorship_tk": "Tasman Swell Surf Co Limited - Team 2026/27",
    "aa_climbing_athlete_beta_avatar_stl": "FV Climbing - Athlete Programme Terms 2026",
    "aa_cosplay_con_photo_filming_terms_tor": (
        "Lanternhall Events Inc. - Northern Lantern Expo 2026"
    ),
    "aa_festival_ticket_terms_ai_recaps_sca_long": (
        "Redwood Amphitheater Partners, LLC - Vine & Vinyl Festival 2026"
    ),
    "aa_festival_fan_cam_avatar_terms_pug": "Onde di Salento Produzioni S.r.l. - Fan Cam Booth",
    "aa_game_show_contestant_release_per": (
        'Quokka Bay Television Pty Ltd - "Swan River Showdown" S4'
    ),
    "aa_gym_member_coach_twin_release_maui": "Kula Ridge Fitness Club - Real Members, Real Results",
    "aa_cosplay_photographer_release_mel": "Avatar Lens Studio Pty Ltd - Model Release",
    "aa_mannequin_life_cast_sitter_agreement_van": "Coastline Figure Works Ltd. - Job CFW-2026-011",
    "aa_game_show_contestant_release_ott_long": (
        'Rideau Lock Productions Inc. - "Bytown Brainstorm" Season 3'
    ),
    "aa_rideshare_driver_spotlight_terms_mar": "Conero Move S.r.l. - Gold Partner Programme",
    "aa_gym_member_testimonial_release_ntl": "Kauri Coast Fitness Limited",
    "ab_ai_spokesmodel_licence_bol_long": "Dolcezza Gelati S.p.A. - AI Spokesmodel Licence",
    "ab_magazine_cover_ai_variants_luc_long": "Reuss Medien AG - PILATUS Magazin",
    "ab_hospital_voice_model_ghe": "AZ Leiedal Hospital - Procedure HR-COM-12",
    "ab_music_video_cast_double_atl": "Lowlight Pictures LLC - Cast Member Release",
    "ab_hospital_staff_media_policy_dnd_long": "Eastgate Health Board - Policy COMMS-07",
    "ab_pageant_media_release_deb": "Hajdu Szepe Rendezveny Kft. - Miss Hajdusag 2026",
    "ac_theme_park_character_performer_osa_long": "Kansai Starfield Park K.K. - Cast Agreement",
    "ac_audiobook_narrator_voice_prg_long": "Vltava Audio s.r.o. - Audiobook Narration Agreement",
    "ac_stock_footage_ai_rider_vno": "UAB Neris Footage - AI Dataset Rider",
    "ac_tryon_hand_model_tll": "Kalev Kellad OU - Hand Model Agreement",
    "ac_charity_choir_ai_carol_pnq": "Sahyadri Voices Community Choir",
    "ac_voice_changer_streamer_terms_sof_long": "Glasna Labs EOOD - VoxMask Terms of Service",
    "ac_live_translation_streamer_skg": "Polyglossa I.K.E. - Creator Partner Programme",
    "ae_course_creator_avatar_clone_mvd_long": "Aula Clara Cursos S.A. - Creator Avatar Licence",
    "ae_news_agency_stringer_agreement_yer_long": "Ararat Newswire CJSC - Stringer Agreement",
    "ae_brand_deal_voice_ai_mct": "Qurum Fresh Juices LLC - Deal SB-0412",
    "ae_fitness_championship_athlete_tbs_long": "Mtatsminda Sport Events LLC",
    "ae_stringer_face_use_yok": "Minato Wire Photo K.K. - Stringer Annex",
    "ad_ai_campaign_addendum_bio": "Ibaiondo Moda, S.L. - Addendum No. 2 (AI Imagery)",
    "ad_agency_digital_likeness_policy_abz_long": "Granite Coast Model Management Limited",
    "ad_academy_player_media_ai_consent_hel_long": "Helsingin Revontulet ry - Junior Academy",
    "ad_voice_casting_synthetic_programme_dbv": "Glasovi Jadrana d.o.o. - Programme Terms",
    "ad_agency_digital_likeness_policy_kkn": "Nore Valley Models Limited - Policy v2.0",
    "ad_employee_ambassador_programme_terms_bhx_long": "Tame Valley Freight Ltd - HR-POL-031",
    "ag_model_management_agreement_tmp_long": "Pyynikki Model Management Oy - Confidential",
    "ag_talent_agency_representation_tus_long": "Saguaro Talent Group, LLC - GSA (Talent)",
    "ag_game_performer_capture_agreement_mpl_long": "Studio Lez Interactive - Salt Marsh Requiem",
    "ag_mobile_game_performer_reuse_gpa": "Achaia Interactive S.A. - Olive Road Racers",
    "ag_voice_marketplace_terms_qzn": "VoxBayan - Creator Terms of Service",
    "ah_dubbing_performer_agreement_kie_long": "Foerde Synchron GmbH - Salt and Iron (DE)",
    "ah_model_management_agreement_arn_long": "Rijnkade Model Management B.V. - Confidential",
    "ah_athlete_nil_avatar_agreement_irv_long": "Pacific Crest Hydration, Inc. - NIL Agreement",
    "ah_avatar_creator_terms_dae": "Dalbit Fan Studio - Creator Avatar Terms",
    "aj_fashion_digital_twin_programme_mnh_long": "Quadratstadt Mode GmbH - Digital Twin Programme",
    "aj_estate_hologram_residency_licence_mem_long": "Beale Crossing Legacy LLC - Confidential",
    "aj_agency_synthetic_media_policy_trt": "Emajoe Model Management - Talent Handbook Part 7",
    "aj_agency_ai_booking_addendum_rij": "Kvarner Faces d.o.o. - Addendum No. 2",
    "ak_speech_face_dataset_contributor_agreement_frb_long": "Breisgau Data Commons GmbH - Corpus",
    "ak_talent_enhanced_likeness_addendum_lim_long": "Shannonside Talent Partners - Addendum No. 3",
    "ak_tts_voice_donor_licence_alb_long": "Sandia Voiceworks LLC - Confidential",
    "ak_stock_avatar_actor_licence_har": "Charter Oak Presenters, Inc. - Actor Agreement",
    "ak_model_management_agreement_ham_noai": "Bayfront Model Management Inc.",
    "am_mother_agency_agreement_long_pry": "Jacaranda Model Management (Pty) Ltd - Confidential",
    "am_commercial_talent_usage_contract_long_oma": "Platte Valley Mutual - Talent Agreement",
    "am_fashion_house_digital_twin_programme_long_nap": "Casa di Moda Partenope - Riservato",
    "am_commercial_replica_rider_pue": "Talavera Publicidad - Rider (Replica)",
    "an_training_video_presenter_agreement_long_aac": "Rurtal Anlagenbau GmbH - Presenter",
    "an_works_council_digital_colleague_agreement_long_del": "Vliet Energie Diensten B.V. - OR",
    "an_employee_image_biometric_policy_long_lun": "Kävlinge Å Logistik AB - Staff Handbook Part 9",
    "an_elearning_tutor_avatar_licence_esp": "Tapiola Learning Oy - Tutor Avatar Licence",
    "ay_agency_mgmt_poa_seattle_long": "Northsound Artist Management, LLC - Exclusive Management",
    "ay_talent_release_technologies_orlando_long": "Suncoast Parks Entertainment Group - Release",
    "ay_voice_licence_synthetic_malmo_long": "Oresund Audio Labs AB - Synthetic Voice Licence",
    "ay_digital_double_rider_liguria": 'Riviera Luce Film S.r.l. - "La Lanterna"',
    "bl_photo_editor_ai_portraits_terms_grand_rapids_long": "Prismwell Labs, Inc. - Terms",
    "bl_game_player_scan_avatar_terms_fort_wayne_long": "Emberlight Interactive Ltd - Scan Terms",
    "bl_creator_platform_ai_twin_chat_terms_laredo_long": "Velvetrope Platforms Ltd - Twin Terms",
    "bl_social_video_ai_effects_faceswap_terms_el_paso": "Loopreel Media Inc. - Effects Terms",
    "bl_fitness_app_ai_coach_instructor_agreement_green_bay": "Stridewell Fitness Technologies LLC",
    "bl_stock_selfie_marketplace_contributor_terms_lynchburg": "Snapcove Images Ltd",
    "bn_stock_contributor_model_release_genai_addendum_alkmaar": "Kaasmarkt Beeldbank B.V.",
    "bn_unscripted_series_participant_release_ai_daventry_long": "Nene Valley Factual Limited",
    "bn_model_representation_agreement_noai_calais_long": "Côte d'Opale Models SARL - Contrat",
}

# Footer for DOCX output (PDF output gets "Page N of M" from the builder instead).
FOOTERS: dict[str, str] = {
    "fy_mother_agency_agreement_ai_portfolio_twin_kadamjay_long": (
        "Kelechek Models - Model's copy - keep with your Twin Consent Forms"
    ),
    "fy_placement_agency_letter_digital_twin_kochkor_ata": (
        "Uulkan Models International - Model's copy"
    ),
    "fy_model_booking_confirmation_noai_gulcho": "Jayloo Models - Client's copy",
    "fy_fitness_model_management_agreement_noai_kanysh_kiya": "Alp Fitness Talent - Model's copy",
    "ga_dubbing_synthetic_voice_framework_murska_sobota_long": (
        "Sinhro Studio d.o.o. - Performer's copy - keep with your Casting Notices"
    ),
    "ga_elearning_narration_volunteer_noai_logatec": "Volunteer's copy",
    "ga_kids_story_speaker_voice_licence_hrastnik": (
        "Pravljicar Tech - Confidential - Actress's copy"
    ),
    "ga_sports_commentator_ai_highlights_dravograd": "Tekma TV - Commentator's copy",
    "fz_virtual_influencer_face_donor_agreement_monkey_bay_long": "Bwalo Virtual - Donor's copy",
    "fz_ai_model_agency_synthetic_model_mandate_luchenza": (
        "Lusungu Model Management - Model's copy"
    ),
    "fz_portrait_subscription_print_service_release_noai_chintheche": (
        "Kalilore Portraits - Client's copy - keep with your plan documents"
    ),
    "fz_wedding_photographer_platform_client_release_noai_lumbadzi": (
        "Ukwati Bookings - Couple's copy"
    ),
    "fx_influencer_ambassador_digital_twin_hernandarias_long": (
        "Jazmin del Parana - Ambassador's copy - Twin Briefs are signed separately"
    ),
    "fx_school_yearbook_ai_portrait_consent_caacupe": (
        "Keep this notice - opt-out slip on the last page"
    ),
    "fx_influencer_agency_ai_content_double_fernando_de_la_mora": (
        "Mburuvicha Talent - Creator's copy"
    ),
    "fx_physio_clinic_testimonial_release_noai_caazapa": "Mborayhu - Patient's copy",
    "ft_influencer_content_agreement_digital_twin_la_ceiba_long": (
        "Cafetal Norvania S.A. - Creator's copy"
    ),
    "ft_child_catalogue_guardian_release_noai_puerto_cortes": "Pequenos Pasos - Guardian's copy",
    "fu_mother_agency_agreement_digital_twin_placement_mekelle_long": (
        "Tsedey Mother Agency PLC - Model's copy - keep with your Consent Forms"
    ),
    "fu_feature_film_casting_digital_double_rider_bishoftu": (
        "Gobez Pictures PLC - Performer's copy"
    ),
    "fv_portrait_studio_booking_platform_release_noai_montepuez": "Fotobooka - Client's copy",
    "fv_audiobook_platform_narrator_voice_replica_rider_chibuto": (
        "Ouvilivro Audio - Narrator's copy of the Rider"
    ),
    "fw_audio_drama_cast_agreement_noai_kocani_long": "Ehoton Audio Productions - Cast copy",
    "fw_podcast_ai_translation_consent_kriva_palanka": "Tivko Podcast Studio - Host's copy",
    "fs_dubbing_studio_synthetic_voice_framework_mafeteng_long": (
        "Khotso Dubbing House - Framework copy for the Performer"
    ),
    "fs_audiobook_synthetic_narration_rider_maputsoe": "Leqhoa Audio Publishing - Narrator's copy",
    "fs_voice_bank_donor_consent_form_butha_buthe": "Donor's copy - keep this form",
    "fs_voice_assistant_persona_licence_morija": "Sebaka Home Devices - Confidential",
    "fs_child_voice_actor_animation_guardian_consent_semonkong": (
        "Khanya Animation Studio - Guardian's copy"
    ),
    "fs_call_centre_voice_recording_policy_noai_matelile": "HR-14 v2.1 - Uncontrolled when printed",
    "fs_farming_podcast_guest_release_noai_kolonyama": "Likhomo Media (Pty) Ltd - Guest copy",
    "fr_synthetic_presenter_avatar_agreement_orhei_long": "Prezentix - Presenter's copy",
    "fr_dating_profile_generator_terms_hincesti": "Flirtika Studio Terms - studio@flirtika.example",
    "fr_agency_synthetic_presenter_addendum_drochia": (
        "Crainic Digital / Luceafar Talent - Addendum No. 2"
    ),
    "fr_childrens_audiobook_voice_model_guardian_consent_causeni": "Basmo - Parent's copy",
    "fr_photo_ai_training_contributor_agreement_floresti": (
        "Fotolab Prut - Retouching Research Programme 2026"
    ),
    "fr_voice_tech_staff_photo_consent_noai_briceni": (
        "Rezonans Labs - People and Culture - HR-11 v2"
    ),
    "fr_creator_podcast_guest_release_noai_cantemir": "Bazarul Creatorilor - Guest's copy",
    "fq_talent_management_voice_model_tokmok_long": (
        "Komuz Artists Management - Artist's copy - confidential"
    ),
    "fq_child_model_agency_guardian_composites_batken": "Balapan Kids Models - Parent's copy",
    "fq_athlete_management_synthetic_media_kara_suu": "Chabdar Sports Management - Athlete's copy",
    "fq_influencer_agency_email_ai_variants_isfana": (
        "Boorsok Influence Agency - printed from e-mail"
    ),
    "fq_child_model_family_agreement_noai_nookat": "Bobek Kids Club - Family copy",
    "fq_event_staffing_agency_noai_jalal_abad": "Tabylga Event Staffing - Promoter's copy",
    "fq_actor_agency_exclusive_noai_kazarman": "Chynar Actors Agency - Actor's copy",
    "fp_campaign_digital_double_agreement_isangel_long": (
        "Reefbright Beverages - Talent copy - keep for your records"
    ),
    "fp_influencer_ai_avatar_addendum_lakatoro": "Banyanleaf Skincare - Creator copy",
    "fp_child_model_guardian_release_ai_composites_port_olry": (
        "Pipiwai Kids Clothing - Guardian copy"
    ),
    "fp_resort_campaign_synthetic_media_release_craig_cove": (
        "Tarovai Bay Resort - Marketing Department"
    ),
    "fp_festival_event_photo_release_noai_wintua": "Reefsong Festival Trust - Accreditation Office",
    "fp_influencer_gifting_terms_noai_melsisi": "Kasis Organic Juices - Creator Programme",
    "fp_catalogue_booking_release_noai_siviri": "Beteliko Home Stores - Marketing - Model copy",
    "fo_dubbing_studio_synthetic_voice_framework_cetinje_long": (
        "Mikrofonija Dubbing - Framework copy for the Performer"
    ),
    "fo_audiobook_ai_narration_rider_kolasin": (
        "Tiha Luka Audio - Rider to Narration Agreement of 5 May 2024"
    ),
    "fo_radio_ai_newsreader_addendum_bijelo_polje": "Sidro Media - Human Resources - Employee copy",
    "fo_smart_assistant_voice_persona_agreement_mojkovac": "Svitac Devices - Confidential",
    "fo_folk_singer_voice_model_legacy_licence_andrijevica": (
        "Fondacija Zvuk Predaka - Licence copy for the Singer"
    ),
    "fo_radio_jingle_voiceover_buyout_noai_pluzine": "Jasen Radio d.o.o. - Production department",
    "fo_game_fan_voice_contest_terms_noai_risan": (
        "Ponor Interactive - Official Rules - Voice of the Watchtower"
    ),
    "fn_sadoband_voice_owner_licence_kulob": "Sadoband Audio LLC - Confidential",
    "fn_namoyish_synthetic_presenter_talent_agreement_bokhtar_long": (
        "Namoyish Media LLC - Confidential - Presenter's initials: ____"
    ),
    "fn_bozorcha_creator_marketplace_ai_twin_addendum_panjakent": (
        "Bozorcha Creators LLC - creators@bozorcha.tj"
    ),
    "fn_sitora_talent_synthetic_host_attorney_mandate_vahdat": (
        "Sitora Talent Bureau LLC - Talent's initials: ____"
    ),
    "fn_dastgoh_photo_ai_dataset_contributor_agreement_rogun": (
        "Dastgoh Data LLC - Contributor copy"
    ),
    "fn_kurtaposh_tryon_retailer_catalogue_shoot_release_noai_istiqlol": (
        "Kurtaposh Retail LLC - Model copy"
    ),
    "fn_tasvirkor_staff_image_policy_noai_danghara": "Tasvirkor AI LLC - Internal - HR-07 v3",
    "fm_mother_agency_digital_twin_agreement_kakata_long": (
        "Hibiscus Row Models Ltd. - Private and Confidential"
    ),
    "fm_influencer_management_ai_avatar_paynesville": (
        "Glowreach Creator Management Inc. - Creator Terms v3"
    ),
    "fm_fit_model_agency_body_scan_robertsport": "Truefit Measure Models Ltd. - Model Copy",
    "fm_child_influencer_management_guardian_ai_careysburg": (
        "Little Sunbird Creators Management - Guardian Copy"
    ),
    "fm_booking_agency_model_terms_ai_schedule_tappita": (
        "Kolanut Booking Agency Inc. - Model Terms 2026"
    ),
    "fm_promotional_staff_agency_terms_noai_pleebo": (
        "Brightcrew Promotions Staffing Inc. - Ambassador Copy"
    ),
    "fm_booking_representation_email_acceptance_noai_kolahun": (
        "Swiftpost Bookings - Printed from e-mail"
    ),
    "fl_campaign_talent_agreement_digital_double_fomboni_long": "Sirop Vanilya SA - Confidential",
    "fl_body_scan_fit_avatar_consent_ouani": "Kanga3D Fitting SARL - Keep a copy of this form",
    "fl_test_shoot_agreement_noai_mirontsi": "Studio Bahari Lumière - one copy for each party",
    "fl_tv_commercial_performer_voice_clone_dubbing_mbeni": (
        "Msafiri Productions SARL - Confidential"
    ),
    "fl_hotel_resort_campaign_release_noai_mitsoudje": (
        "Hôtel Récif d'Ambre SA - Marketing Department"
    ),
    "fl_ai_headshot_studio_client_terms_vouvouni": (
        "PortraitNova Studio SARL - Terms version 2026.1"
    ),
    "fl_fashion_school_graduate_show_release_noai_djoiezi": "Kitambaa Student Handbook - Part 7",
    "fk_tts_voice_donor_licence_pakse_long": (
        "Khamsaen Speech Labs Co., Ltd. - Confidential"
    ),
    "fk_dubbing_studio_framework_ai_voice_savannakhet_long": (
        "Sinsay Dubbing House - Voice Performers Framework - Agent copy"
    ),
    "fk_community_radio_volunteer_presenter_noai_luang_namtha_long": (
        "Sengdao 97.5 FM - Volunteer Presenter Agreement"
    ),
    "fk_audiobook_narrator_ai_rider_oudomxay": (
        "Nithan Audio Publishing - Rider to Narration Agreement of 3 March 2026"
    ),
    "fk_bank_ivr_synthetic_voice_phonsavan": (
        "Vannasin Development Bank - Internal"
    ),
    "fk_singing_voice_bank_licence_attapeu": (
        "Kinnari Vocal Synth - Confidential"
    ),
    "fk_dubbing_booking_email_ai_lipsync_salavan": (
        "Mekhala Post-Production - Booking confirmation"
    ),
    "fk_radio_drama_voice_actor_noai_phongsaly": (
        "Saengthong Radio Drama - Cast agreement"
    ),
    "fk_telco_ivr_prompt_recording_noai_houayxay": (
        "Nokkhao Mobile - Procurement - Confidential"
    ),
    "fk_podcast_guest_release_noai_paksan": (
        "Sala Kaew Media - Guest Terms"
    ),
    "fk_language_app_phrase_recording_noai_nong_khiaw": (
        "Pasaa Learning - Content Department"
    ),
    "fk_voice_assistant_persona_licence_muang_sing": (
        "Keo Home Technologies - Confidential"
    ),
    "fk_voice_talent_agency_ai_mandate_paksong": (
        "Siengsanaeh Talent Agency - Talent copy"
    ),
    "fk_child_cartoon_dubbing_guardian_ai_lak_sao": (
        "Chang Noy Kids Media - Child Performer Agreement"
    ),
    "fj_custom_avatar_subject_agreement_punakha_long": (
        "Glassfern Video Private Limited - Confidential"
    ),
    "fj_agency_digital_twin_marketplace_addendum_trongsa_long": (
        "Kuenphen Model Management / Synthora Exchange - Confidential"
    ),
    "fj_fashion_marketplace_model_terms_noai_gelephu_long": (
        "Yarngo Studio Model Programme Terms - January 2026"
    ),
    "fj_virtual_tryon_privacy_consent_phuentsholing": (
        "Kiratry Virtual Fitting Room - Privacy Notice"
    ),
    "fj_creator_auto_dub_voice_twin_terms_trashigang": (
        "Vlogmandala Partner Programme - Auto-Dub Supplement"
    ),
    "fj_influencer_twin_brand_licence_jakar": (
        "Zhingkham Tea Company - First Flush 2026"
    ),
    "fj_ai_headshot_app_privacy_notice_samdrup_jongkhar": (
        "Headsmith Privacy Notice - February 2026"
    ),
    "fj_scan_booth_game_double_release_damphu": (
        "Yeti Forge Games - Participant Release"
    ),
    "fj_synthetic_stock_release_ai_addendum_lhuentse": (
        "Synthstock Himalaya - Release and Addendum"
    ),
    "fj_fitness_coach_avatar_agreement_zhemgang": (
        "Pacewright Coach - Coach Avatar Agreement"
    ),
    "fj_dating_app_featured_member_terms_noai_trashiyangtse": (
        "Kindred Peaks - Featured Member Terms v1.4"
    ),
    "fj_stock_contributor_model_release_noai_nganglam": (
        "Rhodoview Images - Model Release"
    ),
    "fj_creator_summit_filming_notice_noai_wamrong": (
        "Makerhall Creator Summit 2026 - Filming Notice"
    ),
    "fj_yoga_platform_instructor_terms_noai_jomotsangkha": (
        "Lotusflow Online - Confidential"
    ),
    "fi_mother_agency_management_agreement_digital_twin_new_amsterdam_long": (
        "Greenheart Model Management Inc. - Confidential"
    ),
    "fi_talent_management_agreement_voice_attorney_anna_regina_long": (
        "Hoatzin Talent Partners Ltd. - Confidential"
    ),
    "fi_model_agency_exclusive_representation_noai_corriverton_long": (
        "Arapaima Models Inc. - Exclusive Model Representation Agreement"
    ),
    "fi_agency_client_booking_terms_ai_variants_rose_hall": (
        "Jacana Model Agency Ltd. - Standard Booking Terms, edition 4"
    ),
    "fi_booking_confirmation_email_ai_variants_mabaruma": (
        "Mora Models Ltd. - Booking Confirmation"
    ),
    "fi_mother_agency_placement_letter_digital_double_mahdia": (
        "Bluewing Models Inc. - Placement Letter"
    ),
    "fi_artist_management_ai_voice_addendum_vreed_en_hoop": (
        "Wallaba Artist Management Ltd. - AI Voice Licensing Addendum"
    ),
    "fi_child_model_agency_agreement_guardian_replica_skeldon": (
        "Lily Pad Kids Agency Inc. - Child Model Representation Agreement"
    ),
    "fi_agency_digital_model_licensing_mandate_fort_wellington": (
        "Silk Cotton Digital Models Inc. - Digital Model Licensing Mandate"
    ),
    "fi_music_artist_management_voice_model_suddie": (
        "Kiskadee Music Management Ltd. - Artist Management Agreement"
    ),
    "fi_presenter_management_agreement_noai_timehri": (
        "Lamaha Presenter Management Ltd. - Presenter Management Agreement"
    ),
    "fi_influencer_management_agreement_noai_kwakwani": (
        "Sunbittern Social Management Inc. - Influencer Management Agreement"
    ),
    "fi_mother_agency_agreement_attorney_releases_noai_leonora": (
        "Awara Model Agency Inc. - Mother Agency Agreement"
    ),
    "fi_voice_talent_roster_showreel_release_noai_uitvlugt": (
        "Troolie Voice Talent Agency Ltd. - Roster Membership and Showreel Release"
    ),
    "fh_fit_model_body_scan_avatar_agreement_zomba_long": (
        "Chambo Apparel Technologies Limited - Confidential"
    ),
    "fh_ecommerce_shoot_release_ai_variants_mzuzu": (
        "Msika Online Limited - Model Release"
    ),
    "fh_influencer_campaign_virtual_avatar_agreement_karonga_long": (
        "Mphamvu Beverages Limited - Influencer and Avatar Agreement"
    ),
    "fh_telecom_campaign_digital_double_buyout_kasungu": (
        "Zathu Telecom Limited - Campaign Model Agreement"
    ),
    "fh_portrait_studio_model_release_noai_nkhotakota": (
        "Kachere Lens Studio - Model Release"
    ),
    "fh_model_management_agreement_noai_mchinji_long": (
        "Tiyamike Models & Talent Management Limited - Management Agreement"
    ),
    "fh_child_model_catalogue_release_guardian_noai_balaka": (
        "Ana Athu Kids Wear Limited - Child Model Consent"
    ),
    "fh_tv_commercial_synthetic_voice_release_liwonde": (
        "Nthanda Pictures Limited - Talent Release"
    ),
    "fh_body_scan_sizing_study_consent_rumphi": (
        "Thupi Labs Limited - Participant Consent Form v1.2"
    ),
    "fh_hair_salon_campaign_model_release_noai_nkhata_bay": (
        "Tsitsi Hair Studio - Model Release"
    ),
    "fh_fashion_week_runway_capture_terms_mzimba": (
        "Mlengalenga Fashion Week Limited - Participation Terms"
    ),
    "fh_influencer_yogurt_content_agreement_noai_machinga": (
        "Mkaka Dairies Limited - Sponsored Content Agreement"
    ),
    "fh_sun_care_ai_addendum_model_release_phalombe": (
        "Dzuwa Sun Care Limited - Addendum No. 1"
    ),
    "fh_headwrap_virtual_tryon_talent_schedule_nsanje": (
        "Mpango Headwraps Limited - Schedule 3"
    ),
    "fg_tts_voice_donor_licence_franceville_long": (
        "Voxalia Speech Technologies SA - Confidential"
    ),
    "fg_dubbing_studio_framework_ai_voice_lambarene_long": (
        "Studio Mbolo Doublage SARL - Framework Agreement for Dubbing Performers"
    ),
    "fg_audiobook_narration_agreement_noai_mouila_long": (
        "Éditions Okoumé Audio SARL - Narration Agreement"
    ),
    "fg_audiobook_digital_narrator_addendum_port_gentil": (
        "Papyrus Équatorial Éditions SA - Addendum No. 2 - Digital Narrator"
    ),
    "fg_radio_overnight_ai_presenter_voice_licence_makokou": (
        "Radio Ndzimba FM - Voice Model Licence"
    ),
    "fg_radio_station_idents_voiceover_release_noai_bitam": (
        "Radio Okwelo 98.4 FM - Voice-Over Agreement"
    ),
    "fg_bank_phone_menu_staff_voice_notice_noai_owendo": (
        "Banque Atsiaga SA - Staff Notice HR/2026/09"
    ),
    "fg_mobile_game_ai_barks_voice_addendum_gamba": (
        "Pixel Ébène Studio SARL - Tam-Tam Trucks - Confidential"
    ),
    "fg_voice_bank_marketplace_artist_terms_mounana": (
        "Sonobank Voices SAS - Voice Artist Terms v3.0"
    ),
    "fg_dubbing_booking_email_ai_voice_match_lastourville": (
        "Doublage Équateur Agency SARL - Booking Confirmation"
    ),
    "fg_game_voice_session_agreement_noai_okondja": (
        "Kalaba Interactive SARL - Voice Session Agreement - Confidential"
    ),
    "fg_ngo_child_radio_drama_synthetic_voices_mayumba": (
        "Fondation Santé Kimia - Participation Form"
    ),
    "fg_telenovela_dubbing_actor_agreement_noai_ndende": (
        "Oyali Doublage SARL - Dubbing Performer Agreement"
    ),
    "fg_newsroom_synthetic_newsreader_policy_fougamou": (
        "Échos du Matin Médias SA - Policy v1.2"
    ),
    "ff_avatar_studio_app_creator_terms_kathmandu_long": (
        "MeFrame Studio - Avatar Creator Terms v3.1"
    ),
    "ff_synthetic_model_marketplace_talent_agreement_lalitpur_long": (
        "Roopkala Digital Pvt. Ltd. - Confidential - TR/TA/2083/041"
    ),
    "ff_fashion_marketplace_studio_model_agreement_noai_birgunj_long": (
        "Lugamart Studio - Catalogue Model Agreement - LGS-SS26-117"
    ),
    "ff_news_app_digital_twin_presenter_licence_hetauda": (
        "Khabarkhana Media - Digital Twin Presenter Licence - Confidential"
    ),
    "ff_creator_platform_ai_dubbing_voice_addendum_bharatpur": (
        "Guff Partner Programme - DubLoop Addendum"
    ),
    "ff_synthetic_faces_dataset_sitter_agreement_janakpur": (
        "SynthFace Sitter Agreement and Release"
    ),
    "ff_avatar_ad_network_influencer_campaign_agreement_dhangadhi": (
        "ChhaviCast - Influencer Avatar Campaign Agreement"
    ),
    "ff_talking_photo_memorial_app_terms_gorkha": (
        "Smriti Live - Terms of Service v1.4"
    ),
    "ff_voice_marketplace_narrator_clone_licence_ilam": (
        "SwarBank - Narrator Voice Licence - Confidential"
    ),
    "ff_live_commerce_host_digital_twin_email_bhadrapur": (
        "HaatLive Host Partnerships"
    ),
    "ff_fitness_streaming_instructor_content_licence_noai_dhulikhel": (
        "KasratFit - Instructor Content Licence"
    ),
    "ff_creator_platform_featured_creator_terms_noai_tansen": (
        "KalakarHub - Featured Creator Programme 2083"
    ),
    "ff_tutoring_platform_tutor_video_terms_noai_rajbiraj": (
        "Padhai Tutor Terms - Version 4"
    ),
    "ff_photo_contest_community_rules_noai_bhaktapur": (
        "Drishya - Monsoon Frames 2082 Rules"
    ),
    "fe_mother_agency_digital_twin_agreement_parakou_long": (
        "Ayaba Models SARL - Mother Agency Agreement - Confidential"
    ),
    "fe_talent_management_synthetic_voice_agreement_abomey_long": (
        "Kaléta Talent Management SARL - Exclusive Talent Management Agreement"
    ),
    "fe_model_agency_representation_agreement_noai_bohicon_long": (
        "Nanyé Model Management SARL - Exclusive Representation Agreement"
    ),
    "fe_model_power_of_attorney_digital_replica_allada": (
        "Special Power of Attorney - Digital Replica Licences - Principal's initials: ____"
    ),
    "fe_child_model_agency_guardian_ai_composites_natitingou": (
        "Kpévi Kids Agency SARL - Child Model Registration Agreement"
    ),
    "fe_agency_email_booking_ai_versions_savalou": (
        "Miwa Models SARL - This e-mail and its attachments are confidential"
    ),
    "fe_athlete_management_digital_double_malanville": (
        "Arène Sport Management SARL - Athlete Management Agreement"
    ),
    "fe_musician_management_hologram_agreement_tanguieta": (
        "Sato Music Management SARL - Artist Management Agreement - Confidential"
    ),
    "fe_creator_network_terms_ai_clone_sakete": (
        "Vivi Creator Network SAS - Creator Terms"
    ),
    "fe_sub_agency_placement_agreement_ai_twin_bembereke": (
        "Model Placement Agreement - Orou Models SARL / Linea Model Management SRL"
    ),
    "fe_talent_manager_agreement_noai_glazoue": (
        "Houénou Talent Management SARL - Talent Management Agreement"
    ),
    "fe_influencer_management_agreement_noai_bassila": (
        "Kpanlingan Social SARL - Influencer Management Agreement"
    ),
    "fe_mother_agency_placement_letter_noai_tchaourou": (
        "Alafia Models SARL - Development Letter"
    ),
    "fe_model_power_of_attorney_noai_kouande": (
        "Special Power of Attorney - Cabinet Tossou Talent Représentation SARL"
    ),
    "fd_runway_show_digital_double_model_agreement_antsirabe_long": (
        "Atelier Vonjena Couture SARL - Confidential - Model Agreement"
    ),
    "fd_ecommerce_catalogue_virtual_tryon_model_release_toliara": (
        "Tsena Online SA - Model Release TO-2026-07"
    ),
    "fd_influencer_ai_avatar_brand_campaign_agreement_fianarantsoa_long": (
        "Blue Reef Beverages SA - Confidential - Influencer and Avatar Agreement"
    ),
    "fd_beauty_campaign_synthetic_voice_talent_release_antsiranana": (
        "Lavenona Cosmetics SA - Talent Release and Voice Licence"
    ),
    "fd_model_agency_management_digital_twin_agreement_ambatondrazaka_long": (
        "Voninkazo Model Management SARL - Management Agreement v3.1"
    ),
    "fd_resort_campaign_video_talent_release_noai_sambava": (
        "Fasika Lodge & Spa SA - Talent Agreement - Reopening Campaign"
    ),
    "fd_jewellery_lookbook_agency_booking_confirmation_noai_manakara": (
        "Lova Models SARL - Booking Confirmation LM-2026-118"
    ),
    "fd_marketplace_studio_model_booking_email_noai_farafangana": (
        "Bazary Studio SARL - bookings"
    ),
    "fd_bridal_boutique_fitting_photo_release_noai_maroantsetra": (
        "Fanja Bridal SARL - Fitting Terms 2026"
    ),
    "fd_childrenswear_model_guardian_release_ai_composites_mananjary": (
        "Ankizy Style SARL - Guardian Consent Form"
    ),
    "fd_cosmetics_campaign_ai_variants_model_release_ambanja": (
        "Tsiky Cosmetics SA - Model Release TS-2026"
    ),
    "fd_music_video_dancer_motion_capture_avatar_release_miarinarivo": (
        "Dihy Films SARL - Dancer Release - Rivotra"
    ),
    "fd_telecom_billboard_campaign_ai_versions_addendum_ambalavao": (
        "Ravina Mobile SA - Addendum No. 2 - Ravina 5G"
    ),
    "fd_swimwear_catalogue_shoot_model_release_noai_marovoay": (
        "Rano Swim SARL - Model Release RC27"
    ),
    "ez_beauty_influencer_ai_avatar_ambassador_agreement_sedhiou_long": (
        "Lumara Cosmetics Ltd - Confidential - Brand Ambassador Agreement"
    ),
    "ez_beauty_model_search_ai_variants_entry_release_velingara": (
        "Visage du Fouladou 2026 - Règlement et autorisation"
    ),
    "ez_eco_lodge_campaign_digital_double_agreement_guinguineo": (
        "Kora Hospitality Group - Talent Agreement KHG/SN/2026/14"
    ),
    "fa_talent_management_agreement_ai_voice_avatar_azrou_long": (
        "Zitouna Talent Management SARL · Confidential"
    ),
    "fa_creator_network_management_agreement_ai_dubbing_khenifra": (
        "Northbridge Creator Network Ltd · Channel Services · v2026.1"
    ),
    "fa_management_agreement_digital_double_addendum_azilal": (
        "Cascade Models SARL · Addendum No. 2 to the Model Management Agreement of 1 January 2025"
    ),
    "fa_voice_agency_booking_terms_synthetic_ivr_voice_azemmour": (
        "Bluewave Voices SARL · Booking BV-2026-118"
    ),
    "fb_synthetic_voice_marketplace_talent_terms_tavua_long": (
        "VoxHarbour Voice Talent Terms - version of 1 September 2026"
    ),
    "fb_radio_ai_newsreader_voice_licence_seaqaqa": "Cane Belt FM Limited - Staff in confidence",
    "fb_rugby_club_fan_app_terms_noai_vatukoula": "Miners Fan App Terms - Version 2.1",
    "fc_dubbing_synthetic_voice_agreement_kaedi_long": (
        "Initials: Studio ____ Producer ____ Actor ____"
    ),
    "fc_voice_bank_donation_consent_form_kiffa": (
        "Form VB-3 - please keep a copy for your records"
    ),
    "fc_game_voice_actor_agreement_synthetic_lines_zouerat": (
        "Dunefall Interactive Ltd - Confidential"
    ),
    "ev_ecommerce_ai_colourway_model_release_tesanj": (
        "Šivara d.o.o. - model release and AI variants, version 09/2026"
    ),
    "ev_skincare_influencer_ai_avatar_agreement_zepce_long": (
        "Confidential - Nordlys Skin AS / Ajla Kovačević"
    ),
    "ev_bank_commercial_synthetic_voice_talent_contract_capljina": (
        "Neretva Banka d.d. - NB-2026-031"
    ),
    "ew_voice_talent_representation_mandate_synthetic_voice_curepipe_long": (
        "Mandate VO/2026/003 - Confidential"
    ),
    "ew_ecommerce_booking_agreement_virtual_tryon_plaine_magnien": (
        "Modalia content operations - ref. MOD-TO-0317"
    ),
    "ew_image_rights_management_agreement_ai_fan_companion_goodlands": (
        "Strictly private and confidential"
    ),
    "ex_synthetic_voice_marketplace_seller_agreement_permet_long": "SFI-SA-4.2 / February 2026",
    "ex_digital_human_brand_ambassador_agreement_himare": (
        "Confidential - Lindqvist Skincare AB / Vala Talent sh.p.k."
    ),
    "ex_stock_footage_ai_training_consent_form_selenice": "Form AIC-3 rev. 01/2026",
    "ex_fashion_ecommerce_model_booking_terms_noai_bilisht": "Booking Confirmation MOD-AL-26-0419",
    "ey_audiobook_narrator_agreement_digital_narration_hope_town_long": (
        "Pagewell Narrator Services Agreement - Caribbean Edition 4.2 - Confidential"
    ),
    "ey_voice_marketplace_talent_terms_ai_voice_alice_town": (
        "VoxHarbour Talent Terms - last updated 3 March 2026"
    ),
    "ey_container_terminal_announcement_voice_release_noai_eight_mile_rock": (
        "Form HR-REL-07 (rev. 01/2026)"
    ),
    "en_runway_booking_body_scan_virtual_show_pissouri": "Booking ref. HMC/RW/2026/117",
    "en_influencer_brand_ambassador_ai_avatar_agreement_geroskipou_long": (
        "Confidential - Solenne Cosmetics Limited"
    ),
    "en_runway_show_model_terms_noai_kakopetria": "Model check-in copy",
    "eo_mother_agency_placement_agreement_replica_vianden_long": (
        "Ourtal Model Management - Mother Agency Agreement - Confidential"
    ),
    "eo_agency_test_shoot_release_form_noai_mersch": "Alzette Valley Models - Form TS-01 (2026)",
    "eo_mother_agency_digital_twin_scan_consent_form_troisvierges": (
        "Northpoint Models - Annex 3 - Digital Twin Scan Consent - v1.2"
    ),
    "ep_synthetic_voice_marketplace_talent_terms_buzet_long": (
        "VoxBazaar Voice Talent Terms, version 3.2"
    ),
    "ep_creator_ai_twin_chat_programme_terms_gospic": "Fanlink AI Twin Programme - Creator Terms",
    "ep_streamer_avatar_skin_licence_cavtat": "Streamfolk Avatar Skin Licence - Karlo Pavić",
    "eq_audiobook_narration_agreement_noai_aburi_long": (
        "Sankofa Listening House - Narration Agreement SLH/NAR/2026/07"
    ),
    "eq_radio_ad_voiceover_booking_form_kpando": "Booking reference DRC-VO-2026-044",
    "eq_dubbing_actor_ai_consent_form_dodowa": (
        "Shai Plains Dubbing Studio - Performer Consent Form"
    ),
    "er_influencer_collaboration_agreement_ai_avatar_madona": (
        "Solstra Skincare GmbH - Confidential"
    ),
    "er_voice_talent_agreement_ecommerce_ads_voice_clone_valka": (
        "Baltimarket UAB | Synthetic Voice Licence | Confidential"
    ),
    "er_ice_cream_commercial_extras_release_noai_rujiena": (
        "SIA Vasaras Kadri - \"Polaris Summer\" - Extras"
    ),
    "es_influencer_management_agreement_synthetic_voice_tilaran_long": (
        "Confidencial - Gestión Creativa Viento Norte S.R.L."
    ),
    "es_agency_test_shoot_release_form_noai_zarcero": "Form TS-03 - Test Shoot Release - New Faces",
    "es_new_face_registration_form_ai_options_cobano": "Mar y Bosque - New Face Registration",
    "et_dataset_contributor_agreement_face_video_melnik_long": (
        "Kestrel Data Labs - Data Contributor Agreement v3.2"
    ),
    "et_ai_dubbing_platform_voice_contributor_velingrad": (
        "Dubwise Studios - Agreement no. DW-SV-0412"
    ),
    "et_language_app_tutor_avatar_letter_agreement_etropole": (
        "Lingvora Learning EOOD - Tutor Avatar Letter Agreement"
    ),
    "et_wedding_marketplace_styled_shoot_model_terms_noai_zlatograd": (
        "Svatba Market - Styled Shoot Terms 2026"
    ),
    "eu_dubbing_studio_framework_synthetic_voice_kalocsa_long": (
        "Keretszerződés szinkronszínészi közreműködésre - bizalmas"
    ),
    "eu_animation_voice_cast_agreement_fonyod": "Pipacs és a szél - Voice Cast Agreement",
    "eu_church_choir_recording_release_noai_kiskoros": "Harangszó Kórus - csak belső használatra",
    "ej_runway_engagement_virtual_catwalk_birzai_long": (
        "Šiaurės Linas - Runway Show Engagement and Virtual Catwalk"
    ),
    "ej_catalogue_shoot_ai_options_yesno_moletai": (
        "Ežerų stilius - Catalogue Booking ES-KAT-2026-07"
    ),
    "ej_beauty_influencer_agreement_ai_variations_pakruojis": (
        "Pakruojo dvaro kosmetika - Agreement PDK-INF-2026-11"
    ),
    "ej_music_video_extras_release_crowd_replica_raseiniai": (
        "Dubysos kadrai - Crowd Extra Release DV-EXTRAS-2026"
    ),
    "ej_car_show_presenter_release_digital_presenter_varena": (
        "Varėnos motorai - Dzūkija Auto Show 2026 Presenter Agreement"
    ),
    "ej_festival_performer_photo_release_noai_kretinga": (
        "Kretingos vasara 2026 - Performer Terms and Photo Release"
    ),
    "ej_video_testimonial_release_noai_ignalina": (
        "Ignalinos pušynas - Guest Video Testimonial Release"
    ),
    "ek_talent_management_agreement_replica_addendum_qrendi_long": (
        "Blue Grotto Talent Management - Talent Management Agreement"
    ),
    "ek_digital_replica_addendum_model_agency_mqabba": (
        "Franka Models - Addendum No. 2 (Digital Replicas)"
    ),
    "ek_mother_agency_placement_ai_composites_marsaxlokk": (
        "Luzzu Models - Mother Agency and Placement Agreement"
    ),
    "ek_athlete_representation_avatar_programme_kalkara": (
        "Rinella Sports Management - Player Representation Agreement"
    ),
    "ek_influencer_management_agreement_noai_nadur": (
        "Ta' Kenuna Talent - Influencer Management Agreement"
    ),
    "ek_presenter_management_agreement_noai_sannat": (
        "Ta' Ċenċ Presenters - Presenter Management Agreement"
    ),
    "ek_model_management_booking_terms_noai_kercem": (
        "Lunzjata Model Management - Model Booking Terms"
    ),
    "el_faceswap_template_performer_release_kapsabet": (
        "SwapSasa - Template Performer Engagement and Release"
    ),
    "el_voice_platform_voice_actor_licence_karatina": (
        "Sauti Cloud - Voice Talent Licence Agreement"
    ),
    "el_virtual_influencer_face_licence_mwingi": "Nyota Virtual Studios - Face Licence Agreement",
    "el_fitting_room_digital_twin_model_terms_taveta_long": (
        "Savanna Threads - Virtual Fitting Room Digital Twin Model Agreement"
    ),
    "el_customer_service_avatar_staff_consent_msambweni": (
        "Diani Coast Hotels - HR Policy HR-17 Staff Avatar Programme"
    ),
    "el_ai_company_ambassador_agreement_noai_nyahururu": (
        "Nyandarua AgriSense AI - Brand Ambassador Agreement"
    ),
    "el_avatar_app_store_shoot_release_noai_limuru": (
        "Katuni Avatars - Lifestyle Shoot Agreement and Release"
    ),
    "em_game_voice_performer_agreement_imst_long": (
        "Pitztal Interactive - Voice and Performance Services Agreement (Glacier Run)"
    ),
    "em_dubbing_voice_conversion_agreement_murau": (
        "Murtal Synchron - Dubbing Agreement, Die Hüter des Zirbitz S2"
    ),
    "em_radio_imaging_voice_generated_liners_bezau": "Radio Wälderwelle - Station Voice Agreement",
    "em_agency_showcase_voice_model_mandate_hartberg": (
        "Stimmenagentur Oststeiermark - Representation Agreement, Module S"
    ),
    "em_audiobook_narrator_release_buyout_noai_grieskirchen": (
        "Hausruck Hörbuch - Narrator Release and Buyout"
    ),
    "em_dubbing_studio_standard_terms_noai_saalfelden": (
        "Pinzgauer Synchronstudio - General Terms for Dubbing Performers, January 2026"
    ),
    "em_community_radio_presenter_terms_noai_kitzbuehel": (
        "Radio Gamsstadt - Terms for Volunteer Presenters 2026/27"
    ),
    "ef_runway_show_release_digital_twin_seydisfjordur_long": (
        "Fjarðarsel Fashion - Runway Engagement and Release"
    ),
    "ef_jewellery_shoot_model_release_ai_options_eskifjordur": (
        "Hólmanes Studio - Model Release and AI Options"
    ),
    "ef_model_management_digital_replica_addendum_hvammstangi": (
        "Vatnsnes Model Management - Addendum No. 2"
    ),
    "ef_salon_launch_event_model_release_ai_previews_hveragerdi": (
        "Hverablær - Gufa Launch Model Release"
    ),
    "ef_ecommerce_studio_model_release_noai_grundarfjordur": "Kirkjufell Apparel - Model Release",
    "ef_hair_show_model_release_noai_vopnafjordur": "Vopni Hair Collective - Model Consent Form",
    "ef_kayak_tour_video_testimonial_release_noai_patreksfjordur": (
        "Vestfjarða Kajak - Testimonial Release"
    ),
    "ei_tts_voice_donor_licence_tarariras_long": "Parlante - Voice Donor Licence",
    "ei_game_voice_performance_agreement_cardona_long": "Yaguarí - Voice Performance Agreement",
    "ei_podcast_host_voice_replica_schedule_vichadero": "Red Cuchilla - Host Agreement Schedule 3",
    "ei_bank_ivr_synthetic_prompts_licence_lascano": "CACE - Telephone Voice Licence",
    "ei_dubbing_voice_conversion_agreement_aigua": "Sierra de Carapé - Dubbing Performer Agreement",
    "ei_transit_announcer_tts_voice_licence_mariscala": "COSSA - On-board Announcements Agreement",
    "ei_elearning_narration_synthetic_updates_cebollati": "Arrozal - Narration Agreement",
    "ei_sports_commentary_ai_voice_licence_ombues": "Pelota Digital - Commentator Voice Licence",
    "ei_museum_audio_guide_synthetic_voice_baltasar_brum": "Museo Piedras del Norte - Volunteer",
    "ei_radio_presenter_agreement_noai_castillos_long": "FM Costa 94.3 - Presenter Agreement",
    "ei_voiceover_booking_confirmation_noai_palmitas": "Voces del Litoral - Booking VL-2026-118",
    "ei_on_hold_message_recording_noai_casupa": "Agroveterinaria Casupá - Staff Voice Consent",
    "ei_community_radio_volunteer_terms_noai_nueva_helvecia": "La Suiza FM - Volunteer Terms",
    "ei_dubbing_session_standard_terms_noai_juan_lacaze": "Sonido Sabalero - Dubbing Terms",
    "eg_mother_agency_agreement_digital_twin_otepaa_long": "Pühajärve MM - Mother Agency 2026",
    "eg_talent_management_agreement_ai_likeness_kehra_long": "KTG Management - Confidential",
    "eg_exclusive_model_management_noai_rapla_long": "Kuusiku Models - Standard v5",
    "eg_digital_replica_addendum_model_agency_kardla": "Hiiu Models - Digital Replica Addendum",
    "eg_presenter_voice_clone_rider_poltsamaa": "PTB Rider 3 - Voice Clone",
    "eg_booking_confirmation_ai_variations_mustvee": "Peipsi Model Agency - Booking PMA-2026-0142",
    "eg_new_faces_development_agreement_synthetic_jogeva": "Laiuse Models - New Face Agreement",
    "eg_athlete_representation_digital_double_kunda": "Lahe Sports - Athlete Representation",
    "eg_creator_collective_membership_terms_ai_lihula": "Matsalu Collective - Terms v2.1",
    "eg_agency_digital_model_roster_addendum_moisakula": "Halliste Models - Digital Model Roster",
    "eg_model_agency_client_terms_noai_kallaste": "Kallaste Model Agency - Standard Terms Ed. 4",
    "eg_talent_representation_poa_noai_loksa": "Kolga Talent Agency - Representation Agreement",
    "eg_commercial_print_booking_terms_noai_torva": "Tõrva Model Agency - Booking TMA-0319",
    "eg_kids_agency_parent_agreement_noai_vohma": "Sakala Kids Models - Parent Agreement",
    "eh_ai_avatar_app_terms_tolmin_long": "Zrcalko Terms of Service - March 2026",
    "eh_synthetic_model_marketplace_licensor_sevnica_long": "Modelnica Licensor Agreement v2.1",
    "eh_ai_stock_photo_model_release_variations_idrija": "Cipka Stock - AI Model Release",
    "eh_voice_platform_talent_voice_model_terms_cerknica": "Glasnik Talent Voice Model Terms 2026",
    "eh_brand_digital_twin_ambassador_programme_ajdovscina": "Vipava Outdoor - Twin Programme",
    "eh_avatar_video_stock_avatar_creator_rider_ribnica": "Sodar - Stock Avatar Rider",
    "eh_ugc_ai_ad_studio_creator_terms_ormoz": "Jeruzalem Ad Studio - Creator Agreement",
    "eh_brand_digital_twin_influencer_addendum_zalec": "Hop Twin - Addendum No. 2",
    "eh_virtual_tryon_fit_avatar_capture_release_crnomelj": "Pisanica Fit Model Release",
    "eh_stock_platform_model_release_noai_kocevje": "Medvedka Stock - Model Release",
    "eh_ai_software_company_ambassador_agreement_noai_lenart": "Ambassador Agreement 2026",
    "eh_avatar_chat_app_livestream_terms_noai_vrhnika": "Barje Avatars - Livestream Terms",
    "eh_voice_marketplace_artist_agreement_noai_radovljica_long": "Lipnica Voices - Artist 2026",
    "eh_factory_twin_platform_case_study_noai_metlika": "Kolpa Twin Platform - Schedule 7",
    "eb_minor_model_release_parent_ai_composites_durness_long": "Balnakeil Bairns - Child Release",
    "eb_catalogue_shoot_release_noai_strathpeffer": "Spa Glen - Catalogue Release",
    "eb_talent_release_digital_double_halkirk": "Thurdistoft Films - Performer Release",
    "ec_talent_representation_agreement_ai_schedule_calitzdorp_long": "KKTP Representation v3 2026",
    "ec_exclusive_management_poa_noai_colesberg": "Upper Karoo Model Management - Confidential",
    "ed_stock_contributor_agreement_ai_training_papudo_long": "Lumbre Contributor Agreement v7.2",
    "ed_ai_headshot_app_terms_curepto": "Portraitly - Terms and Photo Consent",
    "ed_tts_voice_marketplace_agency_agreement_freirina": "Vocalia - Voice Supply Agreement",
    "ed_ai_photo_editor_beta_programme_terms_petorca": "Lumina Beta Programme Terms",
    "ed_fashion_rental_app_model_terms_noai_quirihue": "Ropero Circular - Model Booking Terms",
    "ee_audiobook_narration_agreement_voss_long": "Hardanger Lydbok - Narration v2026.1",
    "ee_research_voice_bank_donor_consent_kopervik": "Vestlandsstemmer consent form v2.1",
    "dx_minor_model_release_parent_ai_variations_ballinrobe_long": "Little Hazel - Release v3.2",
    "dx_influencer_content_release_ai_voice_lahinch": "Atlantic Swell - Creator Agreement",
    "dx_school_uniform_catalogue_minor_release_noai_killybegs": "Harbourview - Consent Form 2026",
    "dz_voice_cloning_marketplace_creator_terms_marvao_long": (
        "Ecoa Voice Creator Terms - January 2026"
    ),
    "dz_virtual_tryon_body_avatar_licence_alcoutim": "FitMirror Body Avatar Licence FM-BA-2026-014",
    "dz_likeness_licensing_marketplace_talent_terms_oleiros": (
        "Faceright Talent Terms - February 2026"
    ),
    "dz_ai_portrait_selfie_app_terms_arouca": "Dreamselfie Terms of Service - November 2025",
    "dz_talent_directory_platform_terms_noai_porto_moniz": (
        "CastBoard Talent Member Terms - January 2026"
    ),
    "dz_photographer_booking_app_terms_noai_ponta_do_sol": (
        "Snapbook Terms for Models - October 2025"
    ),
    "dz_headshot_studio_booking_terms_noai_nordeste": (
        "Nordeste Portrait Studio - Booking Terms 2026"
    ),
    "ea_audiobook_narration_agreement_claresholm_long": "Porcupine Hills Audio - Narration 2026",
    "ea_ivr_onhold_voice_licence_carberry": "Assiniboine Hills CU - Voice Licence",
    "ea_voice_bank_donation_consent_arborg": "Prairie Voices Bank - Consent v3",
    "ea_podcast_network_host_agreement_boissevain": "Turtle Mountain Audio - Host Agreement",
    "dy_talent_representation_digital_replica_kaitaia_long": "Totara Talent - Confidential",
    "dy_digital_twin_addendum_management_eketahuna": "Twin Addendum v1.2",
    "dy_athlete_management_digital_double_katikati": "Torea Sports - Athlete Agreement",
    "dy_agency_booking_terms_noai_kaikohe": "Manuka Models Limited - Booking Terms - 2026",
    "dw_audiobook_narration_agreement_penarth_long": "Esplanade Audio - Narration Agreement 2026",
    "dw_tts_marketplace_creator_terms_rhosneigr": "Morfa Audio Labs Ltd - Voice Creator Terms",
    "dl_digital_double_rider_to_model_release_ayr": "Carrick Coast Knitwear Limited - Rider No. 1",
    "dl_fitness_brand_shoot_release_ai_definition_leominster": "Lugg Valley Activewear Limited",
    "dj_dance_company_handbook_photo_noai_girvan": "Carrick Contemporary Dance - Handbook 2026-27",
    "dg_ambassador_ai_twin_agreement_roswell": "Pecos Valley Skincare Inc. - Ambassador Agreement",
    "cz_model_agency_agreement_noai_cirencester_long": "Representation Agreement - Model copy",
    "dc_booking_confirmation_standard_terms_nacogdoches_long": "Booking Terms - Agency file copy",
    "cx_incar_voice_assistant_licence_kokkola_long": "In-Vehicle Voice Licence - Voice Artist copy",
    "cx_audiobook_platform_narrator_terms_hassleholm": "Göinge Audio - Narrator Terms",
    "cr_background_crowd_replication_long": "Background Terms - Performer copy",
    "cr_talent_management_poa": "Management Agreement - Talent copy",
    "cn_modelling_agency_management_agreement_ai_rider_dauphin_long": "Agreement - Model copy",
    "co_exclusive_management_agreement_long_portree": "Management Agreement - Talent copy",
    "cl_brand_ambassador_digital_twin_long_lillehammer": "Ambassador Agreement - Ambassador copy",
    "cg_union_replica_rider_riverside_long": "Rider to Performer Agreement - Performer copy",
    "cg_voice_licence_definitions_salem": "Tidewater Learning Systems - Talent Form VO-3",
    "cd_talent_management_agreement_mudgee_long": "CTM Representation Agreement - Talent copy",
    "cd_influencer_content_release_ai_busselton": "Capewave Swim Pty Ltd - Content Release",
    "bz_exhibit_athlete_endorsement_noai_ansbach": "Fernwald Textiles - Exhibit 10.22",
    "bz_video_platform_ai_remix_terms_husum": "Nordmarsch Medien GmbH - Creator Terms",
    "bx_hotel_virtual_concierge_face_licence_cesena": "Albergo Rubicone Hotels S.r.l.",
    "ay_model_release_general_tech_noai_newcastle_long": "Kestrelmoor Outdoor Clothing Limited",
    "ay_brand_ambassador_avatar_agency_oxford": "Radcliffe & Isis Booksellers Limited",
    "l_cheer_team_member_contract_bne_long": "Riverhawks Flyers - Squad Member Agreement 2026",
    "l_comedy_special_voice_clone_auk": "Tuatara Punchline Productions Limited - Confidential",
    "voice_clone_licence": "Confidential - Cadence Vox Technologies, Inc.",
    "likeness_licence_irrevocable": "Confidential",
    "booking_negation": "Halcyon Models GmbH, Torstrasse 140, 10119 Berlin",
    "campaign_other_party": "Kestrel Cosmetics Inc. - Confidential",
    "performer_uk_digital_double": "Greyfriars Pictures Limited - Private and Confidential",
    "digital_twin_brand": "Norrvik Fashion AB",
    "ambassador_loanout_chatbot": "Confidential - Lustre & Vine Haircare, Inc.",
    "voiceover_elearning_tts": "Northgate Learning Solutions Limited - Confidential",
    "three_party_booking_london": "Sable Quarter Models Ltd, 9 Heddon Street, London W1B 4BE",
    "hologram_tour_legacy": "Lumenstage Live Ltd - Strictly Confidential",
    "game_performer_mocap_long": "Redwater Interactive, LLC - Confidential",
    "fashion_twin_programme_long": (
        "Maison Verraux S.A.S."
        " - 19 rue du Faubourg Saint-Honore, 75008 Paris"
    ),
    "agency_mgmt_uk_long": (
        "Kingfisher Row Models Limited"
        " - Licensed under the Employment Agencies Act 1973"
    ),
    "f_brand_booking_limited_ca": "Cedarline Outfitters Inc., 2250 Powell Street, Vancouver",
    "f_retail_associate_handbook_us": "Internal - Harrow & Finch Home Stores, Inc.",
    "f_dubbing_voice_clone_es": "Estudios Brisamar, S.L. - Calle de Alcala 318, 28027 Madrid",
    "f_film_digital_double_uk_long": "Blackthorn Reach Films Limited - Private and Confidential",
    "f_dataset_capture_programme_long": "Quillmoor Data Labs Inc. - Participant copy",
    "f_bank_ai_avatar_spokesperson_ca": "Confidential - Northbay Credit Union Limited",
    "g_game_digital_double_rider_long": "Ironvale Studios, LLC - Confidential",
    "g_dubbing_synthetic_voice_fr": "Studio Vernier Doublage SAS - 41 rue de Paradis, 75010 Paris",
    "h_film_digital_double_on_long": "Larchmere Pictures Inc. - Confidential",
    "h_gesture_dataset_consent_de": "Kaltwasser Vision GmbH - Participant copy - HS-REC-2026-02",
    "h_dubbing_voice_conversion_in": "Kalavani Dubbing Studios LLP, Banjara Hills, Hyderabad",
    "i_performers_collective_agreement_se_long": (
        "Unofficial translation"
        " - the Swedish text prevails"
    ),
    "i_game_character_voice_soundalike_qc": (
        "Studio Pixel Boréal inc., 5445 avenue de Gaspé,"
        " Montréal"
    ),
    "i_agency_side_letter_digital_likeness_in": (
        "Kesar Bloom Talent LLP, Bandra (West),"
        " Mumbai 400 050"
    ),
    "i_gym_body_scan_avatar_consent_no": "Fjordform Digital AS - Strandkaien 16, 5013 Bergen",
    "i_employer_training_avatar_policy_ke": "Internal - Savanna Ridge Contact Solutions Ltd",
    "i_club_collective_image_rights_assignment_mx": (
        "Certified English translation"
        " - Santiago de Querétaro"
    ),
    "i_ranch_hand_media_clause_us_tx": (
        "Caprock Draw Cattle Company, LLC"
        " - 8800 FM 2641, Lubbock County"
    ),
    "j_voice_replica_amendment_us": "Brasswind Animation Studios, LLC - Confidential",
    "j_influencer_termo_autorizacao_br": "Cacau Serrano Cosmeticos Ltda. - Sao Paulo/SP",
    "j_telecom_ivr_voice_buyout_uk": "Kestrelnet Communications plc, 1 Brindley Square, Birmingham",
    "j_archive_actor_ai_restoration_it": (
        "Fondazione Cineteca Estense"
        " - Via dei Baluardi 41, Ferrara"
    ),
    "p_voice_licence_elearning_de_long": "Brightmoor Learning Systems, Inc. - Confidential",
    "p_beauty_ambassador_twin_lv": "SIA Dzintarkrasts Cosmetics, Krisjana Valdemara iela 61, Riga",
    "p_model_dataset_training_addendum_cw": (
        "Korsou Faces Model Management B.V."
        " - Willemstad, Curacao"
    ),
    "q_game_performer_replica_pa_long": "Keystone Lantern Games, LLC - Confidential",
    "q_voice_bank_licence_tz": (
        "Sauti Labs (Tanzania) Limited"
        " - Plot 412, Msasani Peninsula, Dar es Salaam"
    ),
    "q_employer_avatar_policy_bh": "Internal - Gulf Pearl Telecommunications B.S.C. (c)",
    "q_dubbing_voice_clone_rs": (
        "Studio Sinhron Beograd d.o.o."
        " - Bulevar despota Stefana 115, Beograd"
    ),
    "r_audiobook_narration_ky_long": "Bluegrass Hollow Audio, LLC - Confidential",
    "r_synthetic_presenter_licence_kw": "Gulf Avatar Studio W.L.L. - Al Hamra Tower, Sharq, Kuwait",
    "s_film_digital_double_pt_long": (
        "Maré Alta Filmes, Lda."
        " - Rua da Boavista 112, 1200-066 Lisboa"
    ),
    "s_watch_ambassador_ar_long": "Confidential - Relojería Austral S.A.",
    "s_audiobook_synthetic_pickups_uk": "Larkspur Lane Audio Limited - Confidential",
    "s_influencer_digital_twin_ae": "Oasis Loom Trading L.L.C. - Jumeirah Lake Towers, Dubai",
    "s_mine_staff_image_policy_zw": "Internal - Great Dyke Platinum (Private) Limited",
    "t_film_digital_double_nm_long": "Sandia Crest Pictures, LLC - Confidential",
    "t_dubbing_voice_conversion_ua": (
        "Dnipro Sound Studio LLC"
        " - 24 Kyrylivska Street, Kyiv 04080"
    ),
    "t_ecommerce_booking_ai_swap_uk": (
        "Northern Quarter Model Management Ltd"
        " - 52 Tib Street, Manchester M4 1LA"
    ),
    "t_estate_voice_licence_in": "Confidential - Hoosier Heritage Audio, LLC",
    "t_coffee_origin_release_et": (
        "Participant copy"
        " - Bensa Highlands Coffee Farmers' Cooperative Union"
    ),
    "u_cruise_entertainer_bs_long": "MLC 2006 - Crew copy to be kept on board",
    "u_stock_release_tickbox_mk": "Vardar Frame Stock DOOEL, ul. Makedonija 11/3, 1000 Skopje",
    "u_voice_agreement_amendment_ri": "Amendment No. 2 - Confidential",
    "u_orchard_staff_image_policy_ne": "Policy HR-220 - Internal",
    "u_ecommerce_booking_terms_al": (
        "Skanderbeg Faces Agency sh.p.k."
        ", Rruga Ibrahim Rugova 7, Tirana"
    ),
    "v_estate_voice_licence_li_long": "Rheintal Klangwerk AG - Strictly Confidential",
    "v_radio_host_ai_addendum_wv": "Kanawha Valley Broadcasting, LLC - Confidential",
    "w_resort_ambassador_avatar_aw_long": "Boca Prins Hospitality N.V. - Confidential",
    "w_ecom_booking_virtual_tryon_sz": (
        "Lubombo Models (Pty) Ltd"
        ", Plot 305, Gwamile Street, Mbabane"
    ),
    "w_pearl_boutique_release_ck": "Te Pare Pearls Ltd - Avarua, Rarotonga",
    "w_agency_mgmt_new_face_lr": "Mesurado Models Inc. - 88 Broad Street, Monrovia",
    "x_game_capture_performer_tj_long": "Pamir Forge Interactive LLC - Confidential",
    "x_label_vocal_model_addendum_ml": "Djoliba Sound SARL, Hamdallaye ACI 2000, Bamako",
    "x_telenovela_voice_model_tg": "English translation - the French text prevails",
    "x_resort_staff_images_ws": "Staff Handbook Part 7 - issued 3 March 2026",
    "x_futsal_sponsor_rules_sb": "Player Image and Sponsor Activation Rules 2026",
    "y_marketplace_tryon_model_terms_adgm_long": (
        "Souq Sarab Marketplace Ltd"
        " - ADGM Registration No. 000031877"
    ),
    "y_virtual_makeup_tryon_campaign_jeju": "Confidential - Tamna Models Agency copy",
    "y_wellness_app_instructor_avatar_bt": (
        "Druk Stillness Technologies Private Limited"
        ", Norzin Lam, Thimphu"
    ),
    "y_fitness_trainer_ai_coach_policy_gq": "Internal - Human Resources",
    "y_cosmetics_instore_campaign_release_er": "Red Sea Bloom Cosmetics PLC - Confidential",
    "z_news_presenter_avatar_mm_long": "ANN/HR/2026/031 - Presenter Contract",
    "z_esports_player_contract_mh": "Ebon Atoll Esports Inc., Majuro, Marshall Islands",
    "z_session_vocalist_mq": "Madinina Sound SAS - 14 rue Victor Hugo, Fort-de-France",
    "z_museum_reenactor_licence_nf": "Norfolk Island Heritage Trust - Volunteer Form V-7",
    "b_virtual_influencer_cocreation_pf": "Motu Pixel Studio SARL - Papeete",
    "b_actor_agency_representation_ald": (
        "Braye Bay Talent Limited"
        ", Victoria Street, St Anne, Alderney"
    ),
    "b_virtual_persona_cocreation_kyoto": "Kamogawa Motion Works K.K. - Confidential",
    "b_influencer_mgmt_ai_twin_lagos_long": "Private and Confidential",
    "d_livestream_host_agreement_sbh_long": "Confidential - Borneo Bazaar Live Sdn. Bhd.",
    "d_band_session_agreement_nle": "Disquera Cerro de la Silla, S.A. de C.V. - Monterrey, N.L.",
    "d_fashion_week_virtual_runway_znz": "Spice Coast Fashion Week Limited - Stone Town",
    "d_child_musical_parent_agreement_tyr": "Tiroler Landesbuhne Innsbruck - Kinderdarsteller",
    "a_label_recording_agreement_gau_long": (
        "Highveld Pulse Records (Pty) Ltd"
        " - Braamfontein, Johannesburg"
    ),
    "a_charity_story_release_lan": "Brightwater Community Trust - registered charity no. 1187730",
    "c_voice_assistant_persona_talent_nrw_long": (
        "Rheinufer Mobility Systems GmbH, Köln"
        " - HRB 104772"
    ),
    "c_ivr_voice_talent_agreement_sgr": "Klang Valley CX Solutions Sdn. Bhd. - Shah Alam",
    "c_musical_ensemble_digital_capture_nholl": (
        "Amstelkade Theaterproducties B.V."
        " - Harbour Lights"
    ),
    "c_wedding_photography_contract_tus": "Studio Lucia Ferrante - Firenze",
    "e_stunt_performer_series_ker": "Skellig Light Productions DAC - Private and Confidential",
    "e_sports_broadcaster_voice_hes_long": (
        "Mainufer Sport Media GmbH, Hanauer Landstrasse 150, 60314 Frankfurt am Main"
    ),
    "o_hotel_staff_social_media_virtual_host_nir_long": (
        "Lagan Quay Hotels Limited - Colleague Policy, Version 3"
    ),
    "o_creator_voice_clone_localisation_nav": (
        "Traduvoz Navarra, S.L. - Calle Estafeta 51, 31001 Pamplona"
    ),
    "aa_skate_shoe_collab_rider_pr": "Pinhão Skate Calçados Ltda. - Curitiba/PR",
    "aa_surf_athlete_sponsorship_tk": "Tasman Swell Surf Co Limited, 14 Gill Street, New Plymouth",
    "aa_festival_ticket_terms_ai_recaps_sca_long": "Version 2.1 - 1 June 2026",
    "aa_game_show_contestant_release_per": "Quokka Bay Television Pty Ltd - Confidential",
    "aa_mannequin_life_cast_sitter_agreement_van": (
        "Coastline Figure Works Ltd., 1290 Industrial Avenue, Vancouver"
    ),
    "aa_rideshare_driver_spotlight_terms_mar": "Conero Move S.r.l. - Ancona",
    "ab_hospital_staff_media_policy_dnd_long": "COMMS-07 v3.2 - Uncontrolled when printed",
    "ab_skincare_ai_spokesmodel_brt": "Danubia Cosmetics s.r.o. - Confidential",
    "ac_audiobook_narrator_voice_prg_long": "Confidential - Vltava Audio s.r.o.",
    "ac_stock_footage_buyout_poz": "Warta Stock Sp. z o.o.",
    "ae_fitness_championship_athlete_tbs_long": "Tbilisi Open Fitness Championship 2026",
    "ae_wedding_ai_highlights_plu": "Lagon Bleu Films Ltd - Confidential",
    "ad_employee_ambassador_programme_terms_bhx_long": "HR-POL-031 v2.3 - Uncontrolled copy",
    "ad_employee_ambassador_avatar_terms_han": "Leine Mutual Versicherung AG - Intern",
    "ag_talent_agency_representation_tus_long": "Saguaro Talent Group - Artist Initials: ____",
    "ag_brand_ambassador_synthetic_media_vrn": "Occhiali Adige S.p.A. - Lago 2026 - Riservato",
    "ah_athlete_nil_avatar_agreement_irv_long": "Pacific Crest Hydration - Athlete Initials: ____",
    "ah_elearning_voice_licence_aal": "Limfjord Learning ApS - Fortroligt",
    "aj_talent_agency_ai_bookings_addendum_wpg_long": "Red River Talent - AI Addendum",
    "aj_estate_publicity_rights_assignment_tri_noai": "Molo Audace Licensing S.r.l. - Riservato",
    "ak_tts_voice_donor_licence_alb_long": "Voice Donor Initials: ______  Company Initials: ______",
    "ak_creator_ai_remix_addendum_inv": "Ness Clips Limited - Creator Partner Programme",
    "am_model_mgmt_agency_ai_clause_mnl": "Pasig Faces Model Management - Initials: ____",
    "am_fashion_house_digital_twin_programme_long_nap": "Casa di Moda Partenope S.p.A. - Napoli",
    "an_employee_image_biometric_policy_long_lun": "Part 9 - Images, Voice and Biometrics - v3.0",
    "an_hotel_virtual_concierge_employee_addendum_cag": "Hotel Poetto Bianco S.r.l. - Addendum",
    "bl_game_player_scan_avatar_terms_fort_wayne_long": "Emberlight Interactive Ltd",
    "bl_language_app_tutor_voice_programme_champaign": "Parlavo Learning Inc.",
    "bl_retail_app_store_staff_feature_noai_longford": "Brannock & Finch Retail Limited",
    "bn_tv_presenter_digital_double_rider_macerata": "Sferisterio Televisione S.r.l. - Rider",
    "bn_model_management_agreement_ai_definition_biel_long": "Seeland Faces Management AG",
}


def read_manifest(path: Path = MANIFEST) -> list[tuple[str, str]]:
    """Return the (name, format) rows of the manifest, checking each format."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = [(row["name"].strip(), row["format"].strip().lower()) for row in reader]
    for name, fmt in rows:
        if fmt not in FORMATS:
            raise ValueError(f"{path.name}: sample {name!r} has unknown format {fmt!r}")
    return rows


def build_sample(name: str, fmt: str, out_dir: Path = SAMPLES_DIR) -> Path:
    """Render one contract source into ``out_dir/<name>.<fmt>`` and return the path."""
    source = (SOURCE_DIR / f"{name}.txt").read_text(encoding="utf-8")
    blocks = parse_source(source)
    target = out_dir / f"{name}.{fmt}"
    if fmt == "pdf":
        build_pdf(blocks, target, header=HEADERS.get(name))
    elif fmt == "docx":
        build_docx(blocks, target, header=HEADERS.get(name), footer=FOOTERS.get(name))
    else:
        build_txt(blocks, target)
    return target


def main() -> int:
    """Build every sample in the manifest and report what was written."""
    written = [build_sample(name, fmt) for name, fmt in read_manifest()]
    for path in written:
        print(f"wrote {path.relative_to(REPO_ROOT)} ({path.stat().st_size} bytes)")
    print(f"{len(written)} samples built")
    return 0


if __name__ == "__main__":
    sys.exit(main())
