/**
 * Dutch for the Directus app's own phrases that its nl-NL translation lacks (11.17.4 falls
 * back to English for them, e.g. "Active Users" in the users module).
 *
 * How it works: the app reads `directus_translations` for the user's language after its
 * built-in messages and merges them into vue-i18n (`mergeLocaleMessage`), so a custom
 * translation with the same key as a built-in one wins for nl-NL. vue-i18n looks a key up
 * as a nested path first and as a flat key second: a top-level key ("active_users")
 * replaces the built-in text; a dotted key ("fields.directus_roles.policies") is found
 * because nl-NL has no nested text for it. Every role with app access may read
 * `directus_translations` (Directus's minimal app permissions).
 *
 * The app escapes `|`, `@` and `$` in custom values: no plural forms here, one text per key.
 * Provisioned idempotently by directus/access/provision-access.ts.
 */
export const APP_TRANSLATIONS_LANGUAGE = 'nl-NL';

export const appTranslations: Record<string, string> = {
  // Users module: the status filters in the navigation and their empty states.
  active_users: 'Actieve gebruikers',
  suspended_users: 'Gestopte gebruikers',
  invited_users: 'Uitgenodigde gebruikers',
  no_active_users: 'Geen actieve gebruikers',
  no_suspended_users: 'Geen gestopte gebruikers',
  no_invited_users: 'Geen uitgenodigde gebruikers',
  no_status_users_copy: 'Er zijn geen gebruikers met de status {status}.',
  more_users: 'Klik om meer te zien',
  password_reset_sent: 'Als u een account hebt waarvan het wachtwoord opnieuw kan worden ingesteld, hebben we u een beveiligde link gestuurd.',
  // Account menu and leaving a form.
  logout: 'Uitloggen',
  discard: 'Verwerpen',
  discard_label: 'Verwerpen',
  leave_page: 'Pagina verlaten',
  cancel_anyway: 'Toch annuleren',
  previous: 'Vorige',
  you: 'u',
  // Item forms: revisions, deleted items, validation, relations.
  item_deleted: 'Het item dat u bewerkte is verwijderd.',
  content_edited: 'Inhoud gewijzigd',
  previous_revision: 'Vorige versie',
  latest_revision: 'Laatste versie',
  comparing_to: 'Vergeleken met',
  compare_to_latest_to_restore: 'Vergelijk met de laatste versie om deze versie terug te zetten',
  select_earlier_revision_to_restore: 'Kies een eerdere versie om die terug te zetten',
  show_differences_only: 'Alleen verschillen tonen',
  your_version: 'Uw versie',
  validation_value_is_invalid: 'Ongeldige waarde',
  relationship_not_setup: 'De relatie is niet goed ingesteld of u mag de gegevens niet inzien',
  ungrouped: 'Zonder groep',
  // Files and imports.
  invalid_file_type: 'Ongeldig bestandstype',
  files_wrong_type: 'De bestanden {files} hebben een ongeldig type; verwacht: {expected}.',
  files_are_empty: 'Deze bestanden zijn leeg en kunnen niet worden geüpload: {files}',
  import_background: 'Op de achtergrond importeren',
  import_upload_success: '{filename} is geüpload. De gegevens worden op de achtergrond geïmporteerd.',
  save_as_new_file: 'Opslaan als nieuw bestand',
  // Collaborative editing (off here, but the texts can still appear).
  collab_collision: 'Het item is gewijzigd terwijl u het bewerkte. Kies welke wijzigingen u wilt houden.',
  collab_disconnected: 'Samen bewerken is onderbroken',
  collab_editing_field: 'Bewerkt het veld “{field}”',
  collab_currently_viewing: 'Bekijkt nu',
  unsaved_changes_collab: 'Niet-opgeslagen gezamenlijke wijzigingen',
  unsaved_changes_copy_collab: 'U bewerkt dit item samen met anderen. Uw wijzigingen blijven in de gezamenlijke sessie.',
  discard_changes_copy_collab: 'U bewerkt dit item samen met anderen. Verwerpen wist alle niet-opgeslagen wijzigingen van iedereen.',
  // Settings and roles screens (admin, functional admin).
  duplicate_policy: 'Beleid dupliceren',
  'fields.directus_roles.policies': 'Beleid',
  'fields.directus_settings.project_owner': 'Projecteigenaar',
  'field_options.directus_activity.logout': 'Uitloggen',
  'errors.INVALID_INVITE': 'Deze uitnodiging is niet meer geldig',
  // The titles of our own refusals (extensions/src/lib/user-facing-error.ts); the message says why.
  'errors.VROEGSIGNALERING': 'Niet opgeslagen',
  'errors.VROEGSIGNALERING_GEWEIGERD': 'Niet toegestaan',
  // The project-owner banner never shows (provisioning sets the owner); Dutch in case it does.
  'bsl_banner.title': 'Er is geen projecteigenaar ingesteld.',
  'bsl_banner.set_owner': 'Eigenaar instellen',
  'bsl_banner.remind_later': 'Later herinneren',
  'bsl_banner.remind_next_login': 'We herinneren u bij de volgende keer inloggen.',
};
