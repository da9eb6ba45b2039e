/**
 * The Vroegsignalering module inside the Directus app (/admin/vroegsignalering): the
 * start page per role and the screens that a collection form cannot be. It runs in the
 * user's own session, so every call goes through the user's permissions.
 */
import { defineModule } from '@directus/extensions-sdk';
import CasePage from './case-page/case-page.vue';
import ReferralPage from './referral-page.vue';
import StartPage from './start-page.vue';
import BrpReview from './brp-review/brp-review.vue';
import UploadScreen from './uploads/upload-screen.vue';
import UploadSummary from './uploads/upload-summary.vue';
import ReportingPage from './reporting/reporting-page.vue';

export default defineModule({
  id: 'vroegsignalering',
  name: 'Vroegsignalering',
  icon: 'home',
  routes: [
    { path: '', component: StartPage },
    { path: 'signalen/:id/brp-controle', component: BrpReview, props: true },
    { path: 'aanleveren', component: UploadScreen },
    { path: 'uploads/:id', component: UploadSummary, props: true },
    { path: 'zaken/:id', component: CasePage, props: true },
    { path: 'doorverwijzingen/:id', component: ReferralPage, props: true },
    // issue 13: the dashboard, the DDAS delivery and the evaluation report.
    { path: 'rapportage', component: ReportingPage },
  ],
});
