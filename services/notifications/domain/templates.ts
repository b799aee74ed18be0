/** The mail and in-app texts, by template. Plain text: every client shows it, links stay visible. */
export type Template = 'welcome' | 'email_verification' | 'enrollment' | 'certificate_issued' | 'payment_receipt' | 'password_reset';

const money = (amount: number, currency: string) => `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;

export function render(template: Template, d: Record<string, unknown>): { subject: string; text: string } {
  const hi = `Hello ${String(d.name ?? '')}`.trim() + ',';
  switch (template) {
    case 'welcome':
      return { subject: 'Welcome to the academy', text: `${hi}\n\nyour account is ready. Happy learning!\n` };
    case 'email_verification':
      return { subject: 'Confirm your email address', text: `${hi}\n\nconfirm your address by opening this link:\n${d.link}\n\nIf you did not sign up, ignore this mail.\n` };
    case 'password_reset':
      return { subject: 'Reset your password', text: `${hi}\n\nopen this link to choose a new password (valid until ${d.expiresAt}, once):\n${d.link}\n\nIf you did not ask for it, ignore this mail: your password stays as it is.\n` };
    case 'enrollment':
      return { subject: `You are enrolled: ${d.courseTitle ?? 'your course'}`, text: `${hi}\n\nyou are enrolled in ${d.courseTitle ?? 'a course'}. Start whenever you like.\n` };
    case 'certificate_issued':
      return { subject: `Your certificate: ${d.courseTitle ?? 'course completed'}`, text: `${hi}\n\ncongratulations! Your certificate ${d.certificateId} is ready.\n` };
    case 'payment_receipt': {
      const lines = [
        `${hi}`, '', 'thank you for your purchase. Your receipt:', '',
        `Order:    ${d.orderId}`, `Course:   ${d.courseTitle}`,
        ...(Number(d.discount) > 0 ? [`Discount: ${money(Number(d.discount), String(d.currency))}${d.couponCode ? ` (coupon ${d.couponCode})` : ''}`] : []),
        `Paid:     ${money(Number(d.amount), String(d.currency))}`, `Date:     ${d.paidAt}`, '', 'You are enrolled: start whenever you like.', '',
      ];
      return { subject: `Receipt for ${d.courseTitle}`, text: lines.join('\n') };
    }
  }
}
