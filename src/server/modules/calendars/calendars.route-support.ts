/** What every calendar route shares: its OpenAPI tag and error responses. */
import { ErrorResponse } from '../../../contracts/common.js';

/** OpenAPI tags of the calendar routes. */
export const CALENDAR_TAGS = ['calendars'];

/** Error responses a calendar route may give. */
export const CALENDAR_ERRORS = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
