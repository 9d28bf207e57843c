import { NotFoundException, UnauthorizedException } from '@nestjs/common';
import { MetricsController } from '../metrics.controller.js';
import type { MetricsService } from '../metrics.service.js';

// Who may scrape, without a server: production without METRICS_TOKEN has no /metrics at all.

const service = { scrape: async () => ({ contentType: 'text/plain', text: 'tvaers_up 1' }) } as unknown as MetricsService;
const response = () => {
  const sent: string[] = [];
  return { sent, type: () => ({ send: (body: string) => void sent.push(body) }) };
};

describe('MetricsController', () => {
  it('is off in production without a token', async () => {
    await expect(
      new MetricsController(service, { token: undefined, production: true }).scrape(undefined, response()),
    ).rejects.toBeInstanceOf(NotFoundException);
  });

  it('asks for the token when one is set, in production or not', async () => {
    for (const production of [true, false]) {
      const controller = new MetricsController(service, { token: 'a-token-of-sixteen+', production });
      await expect(controller.scrape(undefined, response())).rejects.toBeInstanceOf(UnauthorizedException);
      await expect(controller.scrape('Bearer a-token-of-sixteen', response())).rejects.toBeInstanceOf(UnauthorizedException);
      const ok = response();
      await controller.scrape('Bearer a-token-of-sixteen+', ok);
      expect(ok.sent).toEqual(['tvaers_up 1']);
    }
  });
});
