import type { z } from 'zod';
import {
  createdUser,
  resetPasswordResponse,
  team,
  teamList,
  user,
  userList,
  type createUserBody,
  type resetPasswordBody,
  type updateUserBody,
} from '../../../src/api/routes/admin/schema';
import { api } from './client';

/** The administrator's routes (src/api/routes/admin): accounts and teams. */
export type User = z.infer<typeof user>;
export type Team = z.infer<typeof team>;

const userPath = (id: string, action = '') => `/api/admin/users/${encodeURIComponent(id)}${action}`;
const memberPath = (teamId: string, userId: string) =>
  `/api/admin/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(userId)}`;

export const adminApi = {
  users: (signal?: AbortSignal) => api('/api/admin/users', { answer: userList, signal }),
  createUser: (body: z.input<typeof createUserBody>) =>
    api('/api/admin/users', { method: 'POST', body, answer: createdUser }),
  updateUser: (id: string, body: z.input<typeof updateUserBody>) =>
    api(userPath(id), { method: 'PATCH', body, answer: user }),
  setDisabled: (id: string, disabled: boolean) =>
    api(userPath(id, disabled ? '/disable' : '/enable'), { method: 'POST', answer: user }),
  resetPassword: (id: string, body: z.input<typeof resetPasswordBody>) =>
    api(userPath(id, '/password'), { method: 'POST', body, answer: resetPasswordResponse }),
  teams: (signal?: AbortSignal) => api('/api/admin/teams', { answer: teamList, signal }),
  createTeam: (name: string) => api('/api/admin/teams', { method: 'POST', body: { name }, answer: team }),
  addMember: (teamId: string, userId: string) => api(memberPath(teamId, userId), { method: 'PUT' }),
  removeMember: (teamId: string, userId: string) => api(memberPath(teamId, userId), { method: 'DELETE' }),
};
